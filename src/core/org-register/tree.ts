// The organisation register as a tree, for the editor's "DPIA Register" view: plain nodes (no `vscode`),
// grouped by document, by level, by measure or by party, narrowed by filters. Built from the same
// per-document rows as `dpia register`, so the view and the CLI count the same risks and measures.
import type { Lang } from '../i18n/lang';
import { partyLabel, statusLabel } from '../i18n/status-labels';
import { measureKey } from './aggregate';
import type { DocumentRows, LevelRef, MeasureRow, RiskRow } from './rows';

export const GROUPINGS = ['document', 'level', 'measure', 'party'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What a reviewer narrows the register to; several combine with "and". */
export const FILTERS = ['high', 'acceptance', 'overdue', 'problems'] as const;
export type RegisterFilter = (typeof FILTERS)[number];

export type NodeIcon = 'document' | 'risk' | 'risk-high' | 'measure' | 'measure-overdue' | 'party' | 'level' | 'group' | 'transfer';

/** Where "go to" leads: a line (1-based) of a document, or the document's top. */
export interface NodeTarget {
  document: string;
  line?: number;
}

export interface TreeNode {
  /** Unique among its siblings' keys and stable across refreshes (the view keeps expansion by it). */
  key: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: NodeIcon;
  /** Shown as a problem (errors in the document, overdue, expired). */
  alert?: 'error' | 'warning';
  target?: NodeTarget;
  children?: TreeNode[];
}

export interface TreeOptions {
  grouping: Grouping;
  filters: readonly RegisterFilter[];
  lang: Lang;
  /** How a document's path is shown (e.g. relative to the workspace). */
  display?: (path: string) => string;
}

const T = {
  noLevel: { en: 'no level', nl: 'geen niveau' },
  noParty: { en: 'no party named', nl: 'geen partij genoemd' },
  measures: { en: 'Measures', nl: 'Maatregelen' },
  transfers: { en: 'Transfers', nl: 'Doorgiften' },
  risk: { en: ['risk', 'risks'], nl: ['risico', 'risico’s'] },
  measure: { en: ['measure', 'measures'], nl: ['maatregel', 'maatregelen'] },
  document: { en: ['document', 'documents'], nl: ['document', 'documenten'] },
  errors: { en: ['error', 'errors'], nl: ['fout', 'fouten'] },
  warnings: { en: ['warning', 'warnings'], nl: ['waarschuwing', 'waarschuwingen'] },
  overdue: { en: 'overdue', nl: 'over tijd' },
  noDate: { en: 'no date', nl: 'geen datum' },
  expired: { en: 'acceptance expired', nl: 'acceptatie verlopen' },
  expiring: { en: 'acceptance expires', nl: 'acceptatie verloopt' },
  reviewOverdue: { en: 'review overdue', nl: 'herbeoordeling over tijd' },
  due: { en: 'due', nl: 'uiterlijk' },
} as const;

const n = (k: number, key: 'risk' | 'measure' | 'document' | 'errors' | 'warnings', lang: Lang) => `${k} ${T[key][lang][k === 1 ? 0 : 1]}`;

/** The level a risk stands at now: its residual level, else its inherent level. */
const current = (r: RiskRow): LevelRef | undefined => r.residual ?? r.inherent;

// A filter narrows the kinds it speaks of and hides the others: "high" + "overdue" shows the high risks
// and the overdue measures; "high" + "acceptance" the high risks whose acceptance ends.
const RISK_FILTERS: readonly RegisterFilter[] = ['high', 'acceptance', 'problems'];
const MEASURE_FILTERS: readonly RegisterFilter[] = ['overdue', 'problems'];

function selected(filters: readonly RegisterFilter[], kind: readonly RegisterFilter[], test: (f: RegisterFilter) => boolean): boolean {
  if (!filters.length) return true;
  const mine = filters.filter((f) => kind.includes(f));
  return mine.length > 0 && mine.every(test);
}

function riskMatches(r: RiskRow, doc: DocumentRows, filters: readonly RegisterFilter[]): boolean {
  return selected(filters, RISK_FILTERS, (f) => (f === 'high' ? !!current(r)?.top : f === 'acceptance' ? !!(r.acceptanceExpired || r.acceptanceExpiring) : doc.errors > 0 || !!r.unreadable));
}

function measureMatches(m: MeasureRow, doc: DocumentRows, filters: readonly RegisterFilter[]): boolean {
  return selected(filters, MEASURE_FILTERS, (f) => (f === 'overdue' ? !!(m.overdue || m.noDate) : doc.errors > 0));
}

function riskNode(r: RiskRow, doc: DocumentRows, o: TreeOptions, withDocument: boolean): TreeNode {
  const { lang } = o;
  const levels = [r.inherent?.label ?? '?', r.residual?.label].filter(Boolean).join(' → ');
  const flags = [r.acceptanceExpired ? T.expired[lang] : r.acceptanceExpiring ? `${T.expiring[lang]} ${r.acceptanceUntil}` : ''].filter(Boolean);
  const where = withDocument ? (o.display ?? String)(doc.path) : undefined;
  return {
    key: `risk:${doc.path}:${r.id}:${r.line}`,
    label: r.title ? `${r.id} ${r.title}` : r.id,
    description: [levels, r.status, ...flags, where].filter(Boolean).join(' · '),
    tooltip: [r.title || r.id, `${levels} · ${r.status}`, ...flags, where].filter(Boolean).join('\n'),
    icon: current(r)?.top ? 'risk-high' : 'risk',
    alert: r.unreadable || r.acceptanceExpired ? 'error' : r.acceptanceExpiring ? 'warning' : undefined,
    target: { document: doc.path, line: r.line },
  };
}

function measureText(m: MeasureRow, lang: Lang): { label: string; description: string } {
  const parts = [m.party ? partyLabel(m.party, lang) : '', m.status ? statusLabel(m.status, lang) : '', m.due ? `${T.due[lang]} ${m.due}` : ''];
  if (m.overdue) parts.push(T.overdue[lang]);
  else if (m.noDate) parts.push(T.noDate[lang]);
  return { label: m.id ? `${m.id} ${m.title}`.trim() : m.title, description: parts.filter(Boolean).join(' · ') };
}

function measureNode(m: MeasureRow, doc: DocumentRows, o: TreeOptions): TreeNode {
  const { label, description } = measureText(m, o.lang);
  return { key: `measure:${doc.path}:${measureKey(m)}`, label, description, icon: m.overdue ? 'measure-overdue' : 'measure', alert: m.overdue ? 'warning' : undefined, target: { document: doc.path, line: m.line } };
}

function documentNode(doc: DocumentRows, children: TreeNode[], o: TreeOptions, extra = ''): TreeNode {
  const { lang } = o;
  const shown = (o.display ?? String)(doc.path);
  const counts = [n(doc.risks.length, 'risk', lang), doc.errors ? n(doc.errors, 'errors', lang) : '', doc.warnings ? n(doc.warnings, 'warnings', lang) : '', doc.reviewOverdue ? `${T.reviewOverdue[lang]} (${doc.review})` : ''];
  return {
    key: `doc:${doc.path}${extra}`,
    label: doc.title || shown,
    description: [shown, ...counts].filter(Boolean).join(' · '),
    tooltip: [doc.title, shown, doc.status, ...counts].filter(Boolean).join('\n'),
    icon: 'document',
    alert: doc.errors ? 'error' : doc.warnings || doc.reviewOverdue ? 'warning' : undefined,
    target: { document: doc.path },
    children,
  };
}

function byDocument(docs: readonly DocumentRows[], o: TreeOptions): TreeNode[] {
  const { lang, filters } = o;
  const out: TreeNode[] = [];
  for (const doc of docs) {
    const risks = doc.risks.filter((r) => riskMatches(r, doc, filters)).map((r) => riskNode(r, doc, o, false));
    const measures = doc.measures.filter((m) => measureMatches(m, doc, filters)).map((m) => measureNode(m, doc, o));
    const children = [...risks];
    if (measures.length) children.push({ key: `measures:${doc.path}`, label: T.measures[lang], description: String(measures.length), icon: 'group', children: measures });
    if (!filters.length && doc.transfers.length) {
      children.push({
        key: `transfers:${doc.path}`,
        label: T.transfers[lang],
        description: String(doc.transfers.length),
        icon: 'group',
        children: doc.transfers.map((t) => ({ key: `transfer:${doc.path}:${t.id}`, label: t.id, description: [t.countryName ?? t.country, t.tool].filter(Boolean).join(' · '), icon: 'transfer' as const, target: { document: doc.path } })),
      });
    }
    const reviewHit = filters.includes('overdue') && doc.reviewOverdue;
    if (children.length || !filters.length || reviewHit) out.push(documentNode(doc, children, o));
  }
  return out;
}

function byLevel(docs: readonly DocumentRows[], o: TreeOptions): TreeNode[] {
  // Levels of different matrices with the same id are one group, placed by its highest rank and
  // labelled from a document in the language asked for where there is one.
  const groups = new Map<string, { label?: string; labelLang?: Lang; rank: number; top: boolean; nodes: TreeNode[] }>();
  for (const doc of docs) {
    for (const r of doc.risks) {
      if (!riskMatches(r, doc, o.filters)) continue;
      const level = current(r);
      const k = level?.id ?? '';
      const g = groups.get(k) ?? { rank: -1, top: false, nodes: [] };
      if (level) {
        if (g.label === undefined || (g.labelLang !== o.lang && doc.lang === o.lang)) Object.assign(g, { label: level.label, labelLang: doc.lang });
        g.rank = Math.max(g.rank, level.rank);
        g.top ||= !!level.top;
      }
      g.nodes.push(riskNode(r, doc, o, true));
      groups.set(k, g);
    }
  }
  const order = (g: { label?: string; rank: number; top: boolean }) => (g.label === undefined ? -1 : g.top ? 1000 : g.rank);
  return [...groups.entries()]
    .sort(([, a], [, b]) => order(b) - order(a))
    .map(([k, g]) => ({ key: `level:${k}`, label: g.label ?? T.noLevel[o.lang], description: n(g.nodes.length, 'risk', o.lang), icon: 'level' as const, alert: g.top ? ('warning' as const) : undefined, children: g.nodes }));
}

interface MeasureGroup {
  row: MeasureRow;
  overdue: boolean;
  noDate: boolean;
  docs: TreeNode[];
}

/** Measures across documents (keyed as `dpia register` keys them), with the documents that depend on each. */
function measureGroups(docs: readonly DocumentRows[], o: TreeOptions): MeasureGroup[] {
  const groups = new Map<string, MeasureGroup>();
  for (const doc of docs) {
    for (const m of doc.measures) {
      if (!measureMatches(m, doc, o.filters)) continue;
      const k = measureKey(m);
      const g = groups.get(k) ?? { row: m, overdue: false, noDate: false, docs: [] };
      g.overdue ||= !!m.overdue;
      g.noDate ||= !!m.noDate;
      const shown = (o.display ?? String)(doc.path);
      g.docs.push({ key: `dep:${doc.path}`, label: doc.title || shown, description: [shown, measureText(m, o.lang).description].filter(Boolean).join(' · '), icon: 'document', alert: m.overdue ? 'warning' : undefined, target: { document: doc.path, line: m.line } });
      groups.set(k, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.docs.length - a.docs.length || (a.row.id ?? a.row.title).localeCompare(b.row.id ?? b.row.title));
}

function measureGroupNode(g: MeasureGroup, o: TreeOptions): TreeNode {
  const { label } = measureText(g.row, o.lang);
  const flags = [g.row.party ? partyLabel(g.row.party, o.lang) : '', n(g.docs.length, 'document', o.lang), g.overdue ? T.overdue[o.lang] : g.noDate ? T.noDate[o.lang] : ''];
  return { key: `m:${measureKey(g.row)}`, label, description: flags.filter(Boolean).join(' · '), icon: g.overdue ? 'measure-overdue' : 'measure', alert: g.overdue ? 'warning' : undefined, children: g.docs };
}

function byParty(docs: readonly DocumentRows[], o: TreeOptions): TreeNode[] {
  const parties = new Map<string, MeasureGroup[]>();
  for (const g of measureGroups(docs, o)) {
    const p = g.row.party ?? '';
    parties.set(p, [...(parties.get(p) ?? []), g]);
  }
  return [...parties.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([p, gs]) => ({ key: `party:${p}`, label: p ? partyLabel(p, o.lang) : T.noParty[o.lang], description: n(gs.length, 'measure', o.lang), icon: 'party' as const, children: gs.map((g) => measureGroupNode(g, o)) }));
}

/** The register of `docs` (in the order given) as tree nodes. */
export function registerTree(docs: readonly DocumentRows[], o: TreeOptions): TreeNode[] {
  if (o.grouping === 'level') return byLevel(docs, o);
  if (o.grouping === 'measure') return measureGroups(docs, o).map((g) => measureGroupNode(g, o));
  if (o.grouping === 'party') return byParty(docs, o);
  return byDocument(docs, o);
}
