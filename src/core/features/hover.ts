import { plural } from '../i18n/plural';
import type { Block, YamlSection } from '../model/document';
import type { Position, Range } from '../text/lines';
import type { SchemaName } from '../schema/validate';
import { schemaAt } from '../schema/lookup';
import { assessRisk, type Scored } from '../model/assess';
import { pick, type Lang, type Localized } from '../i18n/lang';
import { sectionAt, blockAtLine } from './yaml-context';
import { measureMarkdown } from './measure-markdown';
import type { Analysis, Environment } from '../environment';
import type { Matrix } from '../model/matrix';
import { transferInfo } from '../model/transfer-info';
import { formatPercent } from '../i18n/format';
import { adequacyDetails, destinationStatus } from '../model/destinations';
import { countryName } from '../model/country-names';
import { escapeMarkdown, md } from './escape';
import { partHover } from './hover-parts';

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** Offset inside the section's YAML for a document position, or -1 outside its content. */
function offsetIn(sec: YamlSection, pos: Position): number {
  const first = sec.kind === 'frontmatter' ? 1 : sec.fence.contentStart;
  const removed = sec.kind === 'frontmatter' ? 0 : (sec.fence.removed[pos.line - first] ?? 0);
  if (pos.line < first) return -1;
  return sec.parsed.index.offsetAt(pos.line - first, pos.character - removed);
}

function pathOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** "high: likelihood medium × impact high (row impact high: low · high · high)" */
export function explainLevel(m: Matrix, s: Scored, lang: Lang): string {
  if (!s.computed || !s.likelihood || !s.impact) return pick({ en: 'cannot be computed', nl: 'niet te berekenen' }, lang);
  const row = m.def.likelihood.values.map((l) => {
    const v = m.compute(l.id, s.impact!.id)!;
    const label = md(m.label(v, lang));
    return l.id === s.likelihood!.id ? `**${label}**` : label;
  });
  // Matrix names and labels may come from a matrix file: text, escaped.
  const L = md(pick(m.def.likelihood.label, lang).toLowerCase());
  const I = md(pick(m.def.impact.label, lang).toLowerCase());
  const label = (v: Parameters<Matrix['label']>[0]) => md(m.label(v, lang));
  const explained = `${L} ${label(s.likelihood)} × ${I} ${label(s.impact)} (matrix ${md(m.name)}, ${pick({ en: 'row', nl: 'rij' }, lang)} ${I} ${label(s.impact)}: ${row.join(' · ')})`;
  // A motivated deviation: the stated level is in force; say so, and what the matrix gives.
  if (s.overridden && s.fromMatrix) {
    return pick(
      {
        en: `**${label(s.computed)}** (stated, a motivated deviation); the matrix gives ${label(s.fromMatrix)} for ${explained}`,
        nl: `**${label(s.computed)}** (opgegeven, gemotiveerde afwijking); de matrix geeft ${label(s.fromMatrix)} voor ${explained}`,
      },
      lang,
    );
  }
  return `**${label(s.computed)}**: ${explained}`;
}

export function riskSummary(block: Block, env: Environment): string | undefined {
  const r = assessRisk(block, env.matrix);
  if (!r) return undefined;
  const t = (text: Localized) => pick(text, env.lang);
  const lines = [`**${md(r.id ?? '?')}** ${md(r.title ?? '')}`.trim(), '', `${t({ en: 'Inherent risk', nl: 'Inherent risico' })}: ${explainLevel(env.matrix, r.inherent, env.lang)}`];
  if (r.residual) lines.push('', `${t({ en: 'Residual risk', nl: 'Restrisico' })}: ${explainLevel(env.matrix, r.residual, env.lang)}`);
  else lines.push('', t({ en: 'No residual risk stated.', nl: 'Geen restrisico opgegeven.' }));
  lines.push('', plural(r.mitigations.length, { en: ['mitigation', 'mitigations'], nl: ['maatregel', 'maatregelen'] }, env.lang));
  return lines.join('\n');
}

/** What a destination's status means for a transfer. */
const DESTINATION_STATUS: Record<ReturnType<typeof destinationStatus>, Localized> = {
  eea: { en: 'EEA: no transfer tool needed', nl: 'EER: geen doorgifte-instrument nodig' },
  adequate: { en: 'adequacy decision', nl: 'adequaatheidsbesluit' },
  dpf: { en: 'adequate only for DPF-certified importers', nl: 'adequaat alleen voor DPF-gecertificeerde importeurs' },
  none: { en: 'no adequacy decision', nl: 'geen adequaatheidsbesluit' },
};

/** The transfer's destination and its computed probability of lawful access. */
export function transferSummary(block: Block, env: Environment): string | undefined {
  if (!block.value) return undefined;
  const t = transferInfo(block);
  const tr = (text: Localized) => pick(text, env.lang);
  const lines = [`**${md(t.id ?? '?')}**${typeof block.value?.title === 'string' ? ` ${md(block.value.title)}` : ''}`, ''];
  if (t.country) {
    const status = destinationStatus(t.country);
    const note = adequacyDetails(t.country, env.lang); // our dated reference data, Markdown as written
    const name = countryName(t.country, env.lang);
    const where = tr(DESTINATION_STATUS[status]);
    lines.push(`${tr({ en: 'Destination', nl: 'Bestemming' })}: ${md(t.country)}${name ? ` (${md(name)})` : ''}: ${where}${note ? ` (${note})` : ''}`, '');
  }
  if (t.computed) {
    const c = t.computed;
    const n = c.source === 'scenarios' ? c.scenarios!.length : (t.assessment?.factors as unknown[] | undefined)?.length ?? 0;
    const basis = c.source === 'scenarios' ? tr({ en: `${n} scenarios: 1 − Π(1 − p_s)`, nl: `${n} scenario's: 1 − Π(1 − p_s)` }) : c.source === 'factors' ? tr({ en: `product of ${n} factors`, nl: `product van ${n} factoren` }) : 'annual-probability';
    const annual = tr({ en: 'annual', nl: 'per jaar' });
    lines.push(`${tr({ en: 'Annual probability', nl: 'Kans per jaar' })}: **${formatPercent(c.annual, env.lang)}** (${basis})`, '', `${tr({ en: `Probability over ${c.years} years`, nl: `Kans over ${c.years} jaar` })}: **${formatPercent(c.period, env.lang)}** (1 − (1 − ${annual})^${c.years})`);
  } else {
    lines.push(tr({ en: 'No computable assessment.', nl: 'Geen berekenbare beoordeling.' }));
  }
  return lines.join('\n');
}

export function hover(analysis: Pick<Analysis, 'document' | 'environment'>, pos: Position): Hover | undefined {
  const { document: doc, environment: env } = analysis;
  const block = blockAtLine(doc, pos.line);
  if (block?.kind === 'transfer' && pos.line === block.fence.openLine) {
    const contents = transferSummary(block, env);
    return contents ? { contents, range: block.headRange } : undefined;
  }
  if (block?.kind === 'risk' && pos.line === block.fence.openLine) {
    const contents = riskSummary(block, env);
    return contents ? { contents, range: block.headRange } : undefined;
  }
  const sec = sectionAt(doc, pos.line);
  if (!sec) return undefined;
  const off = offsetIn(sec, pos);
  for (const [pointer, loc] of sec.parsed.yaml.locations) {
    if (loc.keyStart !== undefined && off >= loc.keyStart && off <= loc.keyEnd!) {
      const node = schemaAt(sec.kind as SchemaName, pathOf(pointer));
      if (!node) return undefined;
      const text = pick({ en: node.description ?? '', nl: node['x-description-nl'] ?? node.description }, env.lang);
      // The key as written in the document is text; the schema's own help is ours.
      const title = node.title ? `**${node.title}**\n\n` : `**${escapeMarkdown(pathOf(pointer).pop()?.toString() ?? '')}**\n\n`;
      return { contents: title + (text ?? ''), range: sec.map.range(loc.keyStart, loc.keyEnd!) };
    }
  }
  for (const [pointer, loc] of sec.parsed.yaml.locations) {
    if (off < loc.start || off > loc.end || !/^\/(mitigations|safeguards)\/\d+(\/measure)?$/.test(pointer)) continue;
    const id = pathOf(pointer).reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k as string], sec.value);
    if (typeof id !== 'string') continue;
    const m = env.measures.get(id);
    const range = sec.map.range(loc.start, loc.end);
    if (!m) return { contents: `${pick({ en: 'Unknown measure', nl: 'Onbekende maatregel' }, env.lang)} **${md(id)}**`, range };
    return { contents: measureMarkdown(m, env.lang), range };
  }
  if (block?.kind === 'risk' || block?.kind === 'transfer') {
    const idLoc = sec.parsed.yaml.locations.get('/id');
    if (idLoc && off >= idLoc.start && off <= idLoc.end) {
      const contents = block.kind === 'risk' ? riskSummary(block, env) : transferSummary(block, env);
      if (contents) return { contents, range: sec.map.range(idLoc.start, idLoc.end) };
    }
  }
  return partHover(analysis, sec, block, off);
}
