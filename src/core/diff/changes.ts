// Review diff (issue 17, part 2): what changed in the risks between two versions of a DPIA or DTIA,
// compared by block id on the two registers (the same register the table, preview and PDF show), so
// a level that moved is the computed level, not a text change.
import type { Analysis } from '../environment';
import { formatPercent } from '../i18n/format';
import { buildRegister, type LevelCell, type Register, type RegisterRisk, type RegisterTransfer } from '../render/register';

export type ChangeGroup = 'document' | 'risks' | 'levels' | 'mitigations' | 'acceptances' | 'transfers';

export const CHANGE_KINDS = [
  'document.status',
  'document.version',
  'document.dpo-advice',
  'risk.added',
  'risk.removed',
  'risk.renamed',
  'risk.status',
  'level.inherent',
  'level.residual',
  'mitigation.added',
  'mitigation.removed',
  'mitigation.status',
  'measure.status',
  'acceptance.added',
  'acceptance.removed',
  'acceptance.extended',
  'acceptance.shortened',
  'acceptance.expired',
  'consultation.added',
  'consultation.removed',
  'consultation.changed',
  'transfer.added',
  'transfer.removed',
  'transfer.tool',
  'transfer.probability',
  'transfer.residual',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  group: ChangeGroup;
  /** The block id (risk, measure, transfer), or "" for the document. */
  subject: string;
  /** The block's title in the new version (the old one when removed). */
  title?: string;
  /** Values before and after, as shown (labels in the new version's language). */
  from?: string;
  to?: string;
  /** For levels and probabilities: whether it went up or down. */
  direction?: 'up' | 'down';
}

export interface RegisterDiff {
  lang: 'en' | 'nl';
  title: string;
  changes: Change[];
  /** Counts per group, for the summary line. */
  counts: Record<ChangeGroup, number>;
  /** A residual level (of a risk or a transfer) went up. */
  increased: boolean;
}

const GROUP: Record<string, ChangeGroup> = { document: 'document', risk: 'risks', level: 'levels', mitigation: 'mitigations', measure: 'mitigations', acceptance: 'acceptances', consultation: 'acceptances', transfer: 'transfers' };

type Ranked = Pick<Analysis, 'document' | 'environment'>;

/** Index of a level id in the matrix's levels, low to high (undefined when unknown). */
function ranker(a: Ranked): (l: LevelCell | undefined) => number | undefined {
  const ids = a.environment.matrix.values('level').map((v) => v.id);
  return (l) => {
    const i = l ? ids.indexOf(l.id) : -1;
    return i < 0 ? undefined : i;
  };
}

/** The changes from `before` to `after`, both analyses of versions of one document; `today` as for the register (null: no expiry). */
export function diffAnalyses(before: Ranked, after: Ranked, today: string | null = null): RegisterDiff {
  const old = buildRegister(before, { today });
  const neu = buildRegister(after, { today });
  return diffRegisters(old, neu, ranker(before), ranker(after));
}

export function diffRegisters(old: Register, neu: Register, rankOld: (l?: LevelCell) => number | undefined = () => undefined, rankNew: (l?: LevelCell) => number | undefined = () => undefined): RegisterDiff {
  const changes: Change[] = [];
  let increased = false;
  const add = (c: Omit<Change, 'group'>) => changes.push({ ...c, group: GROUP[c.kind.split('.')[0]] });

  if ((old.meta.status ?? '') !== (neu.meta.status ?? '')) add({ kind: 'document.status', subject: '', from: old.meta.status, to: neu.meta.status });
  if ((old.meta.version ?? '') !== (neu.meta.version ?? '')) add({ kind: 'document.version', subject: '', from: old.meta.version, to: neu.meta.version });
  const advice = (r: Register) => [r.dpo?.advice, r.dpo?.date].filter(Boolean).join(' · ');
  if (advice(old) !== advice(neu)) add({ kind: 'document.dpo-advice', subject: '', from: advice(old) || undefined, to: advice(neu) || undefined });

  const byId = <T extends { id?: string; unreadable?: unknown }>(xs: T[]) => new Map(xs.filter((x) => x.id && !x.unreadable).map((x) => [x.id!, x]));
  // Measures whose own status changed (a measure block's `status`, or the status the risks give it):
  // reported once as a measure, not again under every risk that uses it.
  const oldMeasures = byId(old.measures);
  const measureChanged = new Set<string>();
  const measureChanges: Omit<Change, 'group'>[] = [];
  for (const [id, m] of byId(neu.measures)) {
    const o = oldMeasures.get(id);
    if (o && (o.status ?? '') !== (m.status ?? '')) {
      measureChanged.add(id);
      measureChanges.push({ kind: 'measure.status', subject: id, title: m.title, from: o.status, to: m.status });
    }
  }
  const oldRisks = byId(old.risks);
  const newRisks = byId(neu.risks);
  for (const [id, r] of newRisks) {
    const o = oldRisks.get(id);
    if (!o) {
      add({ kind: 'risk.added', subject: id, title: r.title, to: levelText(r.residual ?? r.inherent) });
      continue;
    }
    if (o.title !== r.title) add({ kind: 'risk.renamed', subject: id, title: r.title, from: o.title, to: r.title });
    increased = level(add, 'level.inherent', id, r.title, o.inherent, r.inherent, rankOld, rankNew) || increased;
    const up = level(add, 'level.residual', id, r.title, o.residual, r.residual, rankOld, rankNew);
    increased = up || increased;
    mitigations(add, o, r, measureChanged);
    if (o.status !== r.status) add({ kind: 'risk.status', subject: id, title: r.title, from: o.status, to: r.status });
    acceptance(add, o, r);
    consultation(add, o, r);
  }
  for (const [id, o] of oldRisks) if (!newRisks.has(id)) add({ kind: 'risk.removed', subject: id, title: o.title, from: levelText(o.residual ?? o.inherent) });
  for (const c of measureChanges) add(c);
  const percent = (p?: number) => (p === undefined ? undefined : formatPercent(p, neu.lang));


  const oldTransfers = byId(old.transfers);
  const newTransfers = byId(neu.transfers);
  for (const [id, t] of newTransfers) {
    const o = oldTransfers.get(id);
    if (!o) {
      add({ kind: 'transfer.added', subject: id, title: transferTitle(t), to: [t.countryName ?? t.country, t.tool].filter(Boolean).join(', ') });
      continue;
    }
    if ((o.tool ?? '') !== (t.tool ?? '')) add({ kind: 'transfer.tool', subject: id, title: transferTitle(t), from: o.tool, to: t.tool });
    if (o.probability !== t.probability) {
      const dir = o.probability !== undefined && t.probability !== undefined ? (t.probability > o.probability ? 'up' : 'down') : undefined;
      add({ kind: 'transfer.probability', subject: id, title: transferTitle(t), from: percent(o.probability), to: percent(t.probability), direction: dir });
    }
    increased = level(add, 'transfer.residual', id, transferTitle(t), o.residual, t.residual, rankOld, rankNew) || increased;
  }
  for (const [id, o] of oldTransfers) if (!newTransfers.has(id)) add({ kind: 'transfer.removed', subject: id, title: transferTitle(o), from: [o.countryName ?? o.country, o.tool].filter(Boolean).join(', ') });

  const counts: Record<ChangeGroup, number> = { document: 0, risks: 0, levels: 0, mitigations: 0, acceptances: 0, transfers: 0 };
  for (const c of changes) counts[c.group]++;
  return { lang: neu.lang, title: neu.title, changes, counts, increased };
}

const levelText = (l?: LevelCell) => l?.label;
const transferTitle = (t: RegisterTransfer) => t.title ?? [t.countryName ?? t.country, t.tool].filter(Boolean).join(', ');

/** Adds a level change; true when it went up. */
function level(add: (c: Omit<Change, 'group'>) => void, kind: ChangeKind, id: string, title: string, from: LevelCell | undefined, to: LevelCell | undefined, rankOld: (l?: LevelCell) => number | undefined, rankNew: (l?: LevelCell) => number | undefined): boolean {
  if ((from?.id ?? '') === (to?.id ?? '')) return false;
  const a = rankOld(from);
  const b = rankNew(to);
  const direction = a !== undefined && b !== undefined && a !== b ? (b > a ? 'up' : 'down') : undefined;
  add({ kind, subject: id, title, from: levelText(from), to: levelText(to), direction });
  return direction === 'up' && kind !== 'level.inherent';
}

function mitigations(add: (c: Omit<Change, 'group'>) => void, o: RegisterRisk, r: RegisterRisk, measureChanged: Set<string>): void {
  const key = (m: RegisterRisk['mitigations'][number]) => m.measure ?? m.title;
  const before = new Map(o.mitigations.map((m) => [key(m), m]));
  const after = new Map(r.mitigations.map((m) => [key(m), m]));
  for (const [k, m] of after) {
    const b = before.get(k);
    if (!b) add({ kind: 'mitigation.added', subject: r.id, title: r.title, to: named(m) });
    else if ((b.status ?? '') !== (m.status ?? '') && !(m.measure && measureChanged.has(m.measure))) add({ kind: 'mitigation.status', subject: r.id, title: named(m), from: b.status, to: m.status });
  }
  for (const [k, m] of before) if (!after.has(k)) add({ kind: 'mitigation.removed', subject: r.id, title: r.title, from: named(m) });
}

const named = (m: RegisterRisk['mitigations'][number]) => (m.measure && m.title && m.title !== m.measure ? `${m.measure}: ${m.title}` : (m.measure ?? m.title));

function acceptance(add: (c: Omit<Change, 'group'>) => void, o: RegisterRisk, r: RegisterRisk): void {
  const a = o.acceptance;
  const b = r.acceptance;
  const text = (x: NonNullable<RegisterRisk['acceptance']>) => [x.by, x.date, x.until ? `→ ${x.until}` : ''].filter(Boolean).join(' ');
  if (!a && b) add({ kind: 'acceptance.added', subject: r.id, title: r.title, to: text(b) });
  else if (a && !b) add({ kind: 'acceptance.removed', subject: r.id, title: r.title, from: text(a) });
  else if (a && b) {
    if ((a.until ?? '') !== (b.until ?? '')) add({ kind: !a.until || (b.until && b.until > a.until) ? 'acceptance.extended' : 'acceptance.shortened', subject: r.id, title: r.title, from: a.until, to: b.until });
  }
  // An acceptance that has ended (on the register's date) is listed in every diff until it is renewed.
  if (b?.expired) add({ kind: 'acceptance.expired', subject: r.id, title: r.title, to: b.until });
}

function consultation(add: (c: Omit<Change, 'group'>) => void, o: RegisterRisk, r: RegisterRisk): void {
  const text = (x?: RegisterRisk['consultation']) => (x ? [x.authority, x.date, x.reference].filter(Boolean).join(' · ') : '');
  const a = text(o.consultation);
  const b = text(r.consultation);
  if (a === b) return;
  add({ kind: !a ? 'consultation.added' : !b ? 'consultation.removed' : 'consultation.changed', subject: r.id, title: r.title, from: a || undefined, to: b || undefined });
}
