import { load } from 'js-yaml';
import type { Localized } from '../i18n/lang';
import text from '../data/retired-measures.yaml';

/** A former catalogue id that is a risk acceptance, not a measure (src/core/data/retired-measures.yaml). */
export interface RetiredAcceptance {
  id: string;
  kind: 'acceptance';
  /** Date it left the catalogue. */
  retired: string;
  /** End date of the acceptance the source describes, if any. */
  until?: string;
  rationale?: Localized;
  source?: { report: string; date: string; section?: string };
}

let table: Map<string, RetiredAcceptance> | undefined;

/** The retired acceptance with this id, or undefined. */
export function retiredAcceptance(id: string): RetiredAcceptance | undefined {
  if (!table) {
    const data = load(text) as { retired: RetiredAcceptance[] };
    table = new Map(data.retired.map((r) => [r.id, r]));
  }
  return table.get(id);
}
