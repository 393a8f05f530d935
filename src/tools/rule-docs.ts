// The rule reference in README.md and the `dpia.rules` setting schema in package.json, generated
// from the rules (`npm run docs`); test/unit/tools/rule-docs.test.ts fails when they are stale.
import { DOCUMENTED_RULES, codesOf, codesTagged, ruleHeading } from '../core/rules/index';
import { TAGS, type Rule } from '../core/rules/types';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

const code = (s: string) => '`' + s + '`';

/** The README rule reference: the tags, then per rule its heading, default severity, tags, description and docs. */
export function ruleReference(rules: readonly Rule[] = DOCUMENTED_RULES): string {
  const out = [
    START,
    '<!-- Generated from src/core/rules/*.ts by `npm run docs`; edit the rule files, not this text. -->',
    '',
    'Tags group the rules (`dpia rules` lists them):',
    '',
    ...Object.entries(TAGS).map(([tag, meaning]) => `- ${code(tag)}: ${meaning}.`),
  ];
  for (const r of rules) {
    const codes = codesOf(r);
    out.push('', `### ${code(ruleHeading(r))}`, '');
    out.push(`**${r.severity}** · tags: ${r.tags.map(code).join(', ')}${codes.length > 1 ? ` · codes: ${codes.map(code).join(', ')}` : ''}  `);
    out.push(r.description.en, '', r.docs);
  }
  out.push(END);
  return out.join('\n');
}

/** README.md with the rule reference between the markers replaced. */
export function withRuleReference(readme: string, rules: readonly Rule[] = DOCUMENTED_RULES): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} markers`);
  return readme.slice(0, start) + ruleReference(rules) + readme.slice(end + END.length);
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** The NLS key of a code's description in the `dpia.rules` setting. */
export const nlsKey = (c: string) => `config.rules.${c}`;

/** The `dpia.rules` setting: one property per code, with its description (an NLS key) and default severity. */
export function rulesSetting(rules: readonly Rule[] = DOCUMENTED_RULES): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of rules) {
    for (const c of codesOf(r)) properties[c] = { type: 'string', enum: SEVERITIES, default: r.severity, markdownDescription: `%${nlsKey(c)}%` };
  }
  return { type: 'object', default: {}, scope: 'resource', markdownDescription: '%config.rules%', properties, additionalProperties: false };
}

/** package.json with the `dpia.rules` setting regenerated (same formatting as npm writes). */
export function withRulesSetting(packageJson: string, rules: readonly Rule[] = DOCUMENTED_RULES): string {
  const pkg = JSON.parse(packageJson);
  pkg.contributes.configuration.properties['dpia.rules'] = rulesSetting(rules);
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** Settings texts derived from the rules, per language: each code's description and the `dpia.dateRules` setting. */
export function settingTexts(lang: 'en' | 'nl', rules: readonly Rule[] = DOCUMENTED_RULES): Record<string, string> {
  const dates = codesTagged('date').map(code).join(', ');
  const texts: Record<string, string> = {
    'config.dateRules': {
      en: `Compare dates with today in the rules tagged \`date\` (${dates}). Off: they make no date comparison, as with \`dpia check --no-dates\`.`,
      nl: `Vergelijk datums met vandaag in de regels met tag \`date\` (${dates}). Uit: zij vergelijken geen datums, zoals met \`dpia check --no-dates\`.`,
    }[lang],
  };
  for (const r of rules) for (const c of codesOf(r)) texts[nlsKey(c)] = r.description[lang];
  return texts;
}

/** A package.nls*.json with the texts derived from the rules regenerated (stale code keys removed). */
export function withSettingTexts(nlsJson: string, lang: 'en' | 'nl', rules: readonly Rule[] = DOCUMENTED_RULES): string {
  const kept = Object.entries(JSON.parse(nlsJson) as Record<string, string>).filter(([k]) => !k.startsWith('config.rules.'));
  const texts = settingTexts(lang, rules);
  const merged = Object.fromEntries(kept.map(([k, v]) => [k, texts[k] ?? v]));
  for (const [k, v] of Object.entries(texts)) merged[k] ??= v;
  return JSON.stringify(merged, null, 2) + '\n';
}

/**
 * schemas/config.schema.json with one property per rule code under `rules` (its description and
 * default severity), so editors complete and explain the codes in `.dpia.yaml`; other codes keep
 * the generic entry (the tools report unknown codes).
 */
export function withConfigRuleCodes(schemaJson: string, rules: readonly Rule[] = DOCUMENTED_RULES): string {
  const schema = JSON.parse(schemaJson);
  const properties: Record<string, unknown> = {};
  for (const r of rules) for (const c of codesOf(r)) properties[c] = { description: `${r.description.en} (default: ${r.severity})`, 'x-description-nl': `${r.description.nl} (standaard: ${r.severity})`, enum: SEVERITIES };
  schema.properties.rules.properties = properties;
  return JSON.stringify(schema, null, 2) + '\n';
}

/** The generated files: path (relative to the project) → regenerated text, given the current texts. */
export function generatedFiles(read: (path: string) => string, rules: readonly Rule[] = DOCUMENTED_RULES): Record<string, string> {
  return {
    'README.md': withRuleReference(read('README.md'), rules),
    'package.json': withRulesSetting(read('package.json'), rules),
    'package.nls.json': withSettingTexts(read('package.nls.json'), 'en', rules),
    'package.nls.nl.json': withSettingTexts(read('package.nls.nl.json'), 'nl', rules),
    'schemas/config.schema.json': withConfigRuleCodes(read('schemas/config.schema.json'), rules),
  };
}
