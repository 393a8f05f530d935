import { load } from 'js-yaml';
import apText from '../data/ap-dpia-list.yaml';
import wp248Text from '../data/wp248-criteria.yaml';
import type { Localized } from '../i18n/lang';
import type { Block } from './document';

interface ApList {
  'as-of': string;
  source: string;
  note: string;
  'note-nl': string;
  types: Record<string, Localized & { nl: string }>;
}
interface Wp248 {
  'as-of': string;
  source: string;
  criteria: Record<string, Localized & { nl: string }>;
  'art35-3': Record<string, Localized & { nl: string }>;
}

let ap: ApList | undefined;
let wp: Wp248 | undefined;
/** The Autoriteit Persoonsgegevens' DPIA list (data/ap-dpia-list.yaml): 17 processing types, with source and date. */
export const apDpiaList = (): ApList => (ap ??= load(apText) as ApList);
/** The nine WP248 rev.01 criteria and the Art. 35(3) cases (data/wp248-criteria.yaml). */
export const wp248 = (): Wp248 => (wp ??= load(wp248Text) as Wp248);

/** What a pre-scan answers: the criteria met, the AP list types and the Art. 35(3) cases that apply. */
export interface PrescanFindings {
  criteria: string[];
  apList: string[];
  art35: string[];
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function prescanFindings(block: Block): PrescanFindings {
  const v = block.value ?? {};
  const crit = isMap(v.criteria) ? v.criteria : {};
  const known = wp248().criteria;
  const criteria = Object.keys(crit).filter((k) => Object.prototype.hasOwnProperty.call(known, k) && isMap(crit[k]) && (crit[k] as Record<string, unknown>).applies === true);
  const types = apDpiaList().types;
  return {
    criteria,
    apList: strings(v['ap-list']).filter((k) => Object.prototype.hasOwnProperty.call(types, k)),
    art35: strings(v['art35-3']).filter((k) => ['a', 'b', 'c'].includes(k)),
  };
}
