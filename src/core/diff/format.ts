// The review diff as text (terminals), Markdown (a pull-request comment) and JSON, in the new
// version's language. Document text is never markup: Markdown escapes every ASCII punctuation mark.
import { pick, type Lang } from '../i18n/lang';
import type { Change, ChangeGroup, ChangeKind, RegisterDiff } from './changes';

type T = { en: string; nl: string };

const KIND: Record<ChangeKind, T> = {
  'document.status': { en: 'Document status', nl: 'Status document' },
  'document.version': { en: 'Version', nl: 'Versie' },
  'document.dpo-advice': { en: 'DPO advice', nl: 'Advies FG' },
  'risk.added': { en: 'Risk added', nl: 'Risico toegevoegd' },
  'risk.removed': { en: 'Risk removed', nl: 'Risico verwijderd' },
  'risk.renamed': { en: 'Title changed', nl: 'Titel gewijzigd' },
  'risk.status': { en: 'Status', nl: 'Status' },
  'level.inherent': { en: 'Inherent level', nl: 'Inherent niveau' },
  'level.residual': { en: 'Residual level', nl: 'Restrisico' },
  'mitigation.added': { en: 'Mitigation added', nl: 'Maatregel toegevoegd' },
  'mitigation.removed': { en: 'Mitigation removed', nl: 'Maatregel verwijderd' },
  'mitigation.status': { en: 'Mitigation status', nl: 'Status maatregel' },
  'measure.status': { en: 'Measure status', nl: 'Status maatregel' },
  'acceptance.added': { en: 'Accepted', nl: 'Geaccepteerd' },
  'acceptance.removed': { en: 'Acceptance withdrawn', nl: 'Acceptatie ingetrokken' },
  'acceptance.extended': { en: 'Acceptance extended', nl: 'Acceptatie verlengd' },
  'acceptance.shortened': { en: 'Acceptance shortened', nl: 'Acceptatie ingekort' },
  'acceptance.expired': { en: 'Acceptance expired, not renewed', nl: 'Acceptatie verlopen, niet vernieuwd' },
  'consultation.added': { en: 'Prior consultation added', nl: 'Voorafgaande raadpleging toegevoegd' },
  'consultation.removed': { en: 'Prior consultation removed', nl: 'Voorafgaande raadpleging verwijderd' },
  'consultation.changed': { en: 'Prior consultation changed', nl: 'Voorafgaande raadpleging gewijzigd' },
  'transfer.added': { en: 'Transfer added', nl: 'Doorgifte toegevoegd' },
  'transfer.removed': { en: 'Transfer removed', nl: 'Doorgifte verwijderd' },
  'transfer.tool': { en: 'Transfer tool', nl: 'Doorgifte-instrument' },
  'transfer.probability': { en: 'Probability over the period', nl: 'Kans over de periode' },
  'transfer.residual': { en: 'Residual level', nl: 'Restrisico' },
};

const GROUPS: [ChangeGroup, T][] = [
  ['document', { en: 'Document', nl: 'Document' }],
  ['risks', { en: 'Risks', nl: "Risico's" }],
  ['levels', { en: 'Levels', nl: 'Niveaus' }],
  ['mitigations', { en: 'Mitigations and measures', nl: 'Maatregelen' }],
  ['acceptances', { en: 'Acceptances and consultations', nl: 'Acceptaties en raadplegingen' }],
  ['transfers', { en: 'Transfers', nl: 'Doorgiften' }],
];

const L = {
  heading: { en: 'Risk register changes', nl: 'Wijzigingen in het risicoregister' },
  none: { en: 'No changes in the risk register.', nl: 'Geen wijzigingen in het risicoregister.' },
  changes: { en: '{0} changes', nl: '{0} wijzigingen' },
  change: { en: '1 change', nl: '1 wijziging' },
  up: { en: '{0} up', nl: '{0} omhoog' },
  down: { en: '{0} down', nl: '{0} omlaag' },
  subject: { en: 'Block', nl: 'Blok' },
  what: { en: 'Change', nl: 'Wijziging' },
  before: { en: 'Before', nl: 'Voor' },
  after: { en: 'After', nl: 'Na' },
  increased: { en: 'A residual level went up.', nl: 'Een restrisico is gestegen.' },
};

const t = (x: T, lang: Lang, ...args: string[]) => pick(x, lang).replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
const arrow = (c: Change) => (c.direction === 'up' ? '↑' : c.direction === 'down' ? '↓' : '');

/** The summary line: the number of changes per group, and how many levels moved up and down. */
export function diffSummary(diff: RegisterDiff): string {
  const lang = diff.lang;
  const n = diff.changes.length;
  if (!n) return t(L.none, lang);
  const parts = GROUPS.filter(([g]) => diff.counts[g]).map(([g, name]) => `${pick(name, lang).toLowerCase()} ${diff.counts[g]}`);
  const levels = diff.changes.filter((c) => c.direction);
  const ups = levels.filter((c) => c.direction === 'up').length;
  const downs = levels.length - ups;
  const moved = levels.length ? ` (${[ups ? t(L.up, lang, String(ups)) + ' ↑' : '', downs ? t(L.down, lang, String(downs)) + ' ↓' : ''].filter(Boolean).join(', ')})` : '';
  return `${n === 1 ? t(L.change, lang) : t(L.changes, lang, String(n))}: ${parts.join(', ')}${moved}`;
}

/**
 * Document text for Markdown: every mark that could start emphasis, code, a link, an autolink (`:`,
 * `@`), HTML or a table cell is escaped, line breaks and control characters become spaces: the text
 * shows as written and never becomes markup.
 */
export function markdownText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>|&~!:#@{}]/g, (c) => `\\${c}`);
}

export interface TextStyle {
  /** Makes document text safe for the terminal (control characters visible). */
  escape?: (s: string) => string;
  /** Colours a part: an arrow up or down, or a heading. */
  paint?: (s: string, as: 'up' | 'down' | 'heading') => string;
}

/** For a terminal: a heading per group, one line per change: `R3  Residual level  medium → high ↑  (title)`. */
export function diffText(diff: RegisterDiff, style: TextStyle = {}, source?: string): string {
  const esc = style.escape ?? ((s: string) => s);
  const paint = style.paint ?? ((s: string) => s);
  const lang = diff.lang;
  const out = [paint(`${t(L.heading, lang)}: ${esc(diff.title)}`, 'heading'), ...(source ? [esc(source)] : []), esc(diffSummary(diff))];
  for (const [g, name] of GROUPS) {
    const cs = diff.changes.filter((c) => c.group === g);
    if (!cs.length) continue;
    out.push('', paint(pick(name, lang), 'heading'));
    const width = Math.min(12, Math.max(...cs.map((c) => c.subject.length)));
    for (const c of cs) {
      const values = c.from !== undefined && c.to !== undefined ? `${esc(c.from)} → ${esc(c.to)}` : esc(c.to ?? c.from ?? '');
      const a = arrow(c);
      const title = c.title && c.kind !== 'risk.renamed' ? `  (${esc(c.title)})` : '';
      out.push(`  ${esc(c.subject).padEnd(width)}  ${t(KIND[c.kind], lang)}: ${values}${a ? ' ' + paint(a, c.direction!) : ''}${title}`.trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

/** For a pull-request comment: a heading, the summary line, and a table per group. */
export function diffMarkdown(diff: RegisterDiff, source?: string): string {
  const lang = diff.lang;
  const out = [`### ${t(L.heading, lang)}: ${markdownText(diff.title)}`, ...(source ? ['', markdownText(source)] : []), '', `**${markdownText(diffSummary(diff))}**`];
  if (diff.increased) out.push('', `> ⚠️ ${t(L.increased, lang)}`);
  for (const [g, name] of GROUPS) {
    const cs = diff.changes.filter((c) => c.group === g);
    if (!cs.length) continue;
    out.push('', `#### ${pick(name, lang)}`, '', `| ${t(L.subject, lang)} | ${t(L.what, lang)} | ${t(L.before, lang)} | ${t(L.after, lang)} |`, '| --- | --- | --- | --- |');
    for (const c of cs) {
      const subject = [c.subject ? markdownText(c.subject) : '', c.title && c.kind !== 'risk.renamed' ? markdownText(c.title) : ''].filter(Boolean).join(' ');
      const a = arrow(c);
      const after = c.to !== undefined ? `${markdownText(c.to)}${a ? ` ${a}` : ''}` : '';
      out.push(`| ${subject || '—'} | ${t(KIND[c.kind], lang)} | ${c.from !== undefined ? markdownText(c.from) : ''} | ${after} |`);
    }
  }
  return out.join('\n') + '\n';
}

/** For tools: the diff as plain data (labels in the new version's language, kinds stable). */
export function diffObject(diff: RegisterDiff) {
  return { title: diff.title, lang: diff.lang, summary: diffSummary(diff), increased: diff.increased, counts: diff.counts, changes: diff.changes };
}
