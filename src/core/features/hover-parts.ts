import type { Block, YamlSection } from '../model/document';
import type { Range } from '../text/lines';
import type { Analysis } from '../environment';
import { dataUses, readParts, type DataCategory } from '../model/parts';
import { apDpiaList, wp248 } from '../model/prescan';
import { pick, type Lang, type Localized } from '../i18n/lang';
import { md } from './escape';

const DATA_REF = /^\/(data\/\d+|exceptions\/\d+\/data)$/;

/** A data category at a glance: name, kind, retention, and where it is used (purposes, processing). */
export function dataSummary(d: DataCategory, analysis: Pick<Analysis, 'document' | 'environment'>): string {
  const lang: Lang = analysis.environment.lang;
  const tr = (t: Localized) => pick(t, lang);
  const u = d.id ? dataUses(readParts(analysis.document)).get(d.id) : undefined;
  const kinds = [d.special && `${tr({ en: 'special category', nl: 'bijzonder persoonsgegeven' })} (${md(d.special)}, Art. 9)`, d.criminal && tr({ en: 'criminal data (Art. 10)', nl: 'strafrechtelijk gegeven (art. 10)' }), d.nationalId && tr({ en: 'national identification number (BSN, Art. 46 UAVG)', nl: 'nationaal identificatienummer (BSN, art. 46 UAVG)' })].filter(Boolean);
  const used = u ? [...u.purposes.map((p) => `${tr({ en: 'purpose', nl: 'doel' })} ${md(p)}`), ...u.processing.map((p) => `${tr({ en: 'processing', nl: 'verwerking' })} ${md(p)}`)] : [];
  return [
    `**${md(d.id ?? '?')}**${d.name ? `: ${md(d.name)}` : ''}`,
    '',
    kinds.length ? kinds.join(' · ') : tr({ en: 'ordinary personal data', nl: 'gewone persoonsgegevens' }),
    '',
    `${tr({ en: 'Retention', nl: 'Bewaartermijn' })}: ${d.hasRetention ? tr({ en: 'recorded', nl: 'vastgelegd' }) : tr({ en: '**none recorded**', nl: '**niet vastgelegd**' })}`,
    '',
    `${tr({ en: 'Used by', nl: 'Gebruikt door' })}: ${used.length ? used.join(', ') : tr({ en: 'nothing', nl: 'niets' })}`,
  ].join('\n');
}

/**
 * Hover for the part A/B blocks and the pre-scan: on a `data` block's id or on a reference to it
 * (a purpose's or processing's `data`, an exception's `data`), the category and where it is used;
 * on an AP list type or an Art. 35(3) case, what it means and the source.
 */
export function partHover(analysis: Pick<Analysis, 'document' | 'environment'>, sec: YamlSection, block: Block | undefined, off: number): { contents: string; range: Range } | undefined {
  if (!block || !['data', 'purpose', 'processing', 'prescan'].includes(block.kind)) return undefined;
  const lang = analysis.environment.lang;
  for (const [pointer, loc] of sec.parsed.yaml.locations) {
    if (off < loc.start || off > loc.end) continue;
    const range = sec.map.range(loc.start, loc.end);
    const value = pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], sec.value);
    if (typeof value !== 'string') continue;
    if ((block.kind === 'data' && pointer === '/id') || (block.kind !== 'data' && block.kind !== 'prescan' && DATA_REF.test(pointer))) {
      const d = readParts(analysis.document).data.find((x) => x.id === value);
      if (d) return { contents: dataSummary(d, analysis), range };
      return { contents: `${pick({ en: 'Unknown data category', nl: 'Onbekende gegevenscategorie' }, lang)} **${md(value)}**`, range };
    }
    if (block.kind === 'prescan' && /^\/ap-list\/\d+$/.test(pointer)) {
      const ap = apDpiaList();
      const t = Object.prototype.hasOwnProperty.call(ap.types, value) ? ap.types[value] : undefined;
      if (t) return { contents: `${md(pick(t, lang))}\n\n*${md(ap.source)}*`, range };
    }
    if (block.kind === 'prescan' && /^\/art35-3\/\d+$/.test(pointer)) {
      const t = wp248()['art35-3'][value];
      if (t) return { contents: `**Art. 35(3)(${md(value)})**: ${md(pick(t, lang))}`, range };
    }
  }
  return undefined;
}
