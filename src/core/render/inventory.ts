import type { DpiaDocument } from '../model/document';
import { dataUses, readParts } from '../model/parts';
import { pick, type Lang, type Localized } from '../i18n/lang';

/** One row of the data inventory: a `data` block, with where it is used. */
export interface InventoryRow {
  line: number;
  id: string;
  name: string;
  subjects: string[];
  /** Special (Art. 9 category), criminal (Art. 10), BSN: labels in the document's language. */
  flags: string[];
  source: string;
  retention: string;
  /** Ids of the purposes and processing blocks that use the category. */
  usedBy: string[];
}

/** One purpose with its legal basis, for the inventory's second table. */
export interface InventoryPurpose {
  id: string;
  title: string;
  basis: string;
  provision: string;
  data: string[];
}

/** The data inventory (part A) and the purposes with their basis (part B), as plain data. */
export interface Inventory {
  lang: Lang;
  rows: InventoryRow[];
  purposes: InventoryPurpose[];
  headers: { data: string[]; purposes: string[]; title: string };
}

const L = {
  title: { en: 'Data inventory', nl: 'Gegevensinventaris' },
  id: { en: 'Id', nl: 'Kenmerk' },
  category: { en: 'Category', nl: 'Categorie' },
  subjects: { en: 'Data subjects', nl: 'Betrokkenen' },
  kind: { en: 'Kind', nl: 'Soort' },
  source: { en: 'Source', nl: 'Bron' },
  retention: { en: 'Retention', nl: 'Bewaartermijn' },
  usedBy: { en: 'Used by', nl: 'Gebruikt door' },
  purpose: { en: 'Purpose', nl: 'Doel' },
  basis: { en: 'Basis (Art. 6(1))', nl: 'Grondslag (art. 6 lid 1)' },
  provision: { en: 'Provision', nl: 'Wettelijk voorschrift' },
  data: { en: 'Data', nl: 'Gegevens' },
  criminal: { en: 'criminal (Art. 10)', nl: 'strafrechtelijk (art. 10)' },
  bsn: { en: 'national id (BSN)', nl: 'nationaal id (BSN)' },
  special: { en: 'special: ', nl: 'bijzonder: ' },
  from: { en: 'from', nl: 'vanaf' },
  by: { en: 'by', nl: 'door' },
} satisfies Record<string, Localized>;

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Builds the inventory from the document's `data` and `purpose` blocks. */
export function buildInventory(doc: Pick<DpiaDocument, 'blocks'>, lang: Lang): Inventory {
  const t = (k: keyof typeof L) => pick(L[k], lang);
  const parts = readParts(doc);
  const uses = dataUses(parts);
  const rows = parts.data.map((d): InventoryRow => {
    const v = d.block.value ?? {};
    const r = obj(v.retention);
    const retention = [str(r.period) || str(r.rule), str(r.trigger) && `${t('from')} ${str(r.trigger)}`, str(r['enforced-by']) && `${t('by')} ${str(r['enforced-by'])}`].filter(Boolean).join(', ');
    const u = d.id ? uses.get(d.id) : undefined;
    return {
      line: d.block.fence.openLine,
      id: d.id ?? '?',
      name: d.name ?? '',
      subjects: Array.isArray(v.subjects) ? v.subjects.map(str).filter(Boolean) : [],
      flags: [d.special ? t('special') + d.special : '', d.criminal ? t('criminal') : '', d.nationalId ? t('bsn') : ''].filter(Boolean),
      source: str(v.source),
      retention,
      usedBy: u ? [...new Set([...u.purposes, ...u.processing])] : [],
    };
  });
  const purposes = parts.purposes.map((p) => ({ id: p.id ?? '?', title: p.title ?? '', basis: p.basis ?? '', provision: p.provision ?? '', data: p.data.map((d) => d.id) }));
  return {
    lang,
    rows,
    purposes,
    headers: {
      title: t('title'),
      data: [t('id'), t('category'), t('subjects'), t('kind'), t('source'), t('retention'), t('usedBy')],
      purposes: [t('id'), t('purpose'), t('basis'), t('provision'), t('data')],
    },
  };
}

/** The cells of each table, as text, in the order of `headers`. */
export function inventoryCells(inv: Inventory): { data: string[][]; purposes: string[][] } {
  return {
    data: inv.rows.map((r) => [r.id, r.name, r.subjects.join(', '), r.flags.join(', '), r.source, r.retention, r.usedBy.join(', ')]),
    purposes: inv.purposes.map((p) => [p.id, p.title, p.basis, p.provision, p.data.join(', ')]),
  };
}

/** A Markdown cell: one line, pipes and backslashes escaped, HTML-significant characters as entities. */
function mdCell(s: string): string {
  return (s.replace(/\s+/g, ' ').trim() || '–').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mdTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The inventory as Markdown: the data table and, when there are purposes, the purpose table. */
export function inventoryMarkdown(inv: Inventory): string {
  if (!inv.rows.length && !inv.purposes.length) return '';
  const cells = inventoryCells(inv);
  const out = [`## ${inv.headers.title}`, '', mdTable(inv.headers.data, cells.data)];
  if (inv.purposes.length) out.push('', mdTable(inv.headers.purposes, cells.purposes));
  return out.join('\n') + '\n';
}
