import { defineRule } from './types';

/**
 * An unquoted value that holds ": " on a `key: value` line (`title: Access: US authorities`), which
 * js-yaml reports as "bad indentation of a mapping entry". Found on the line where the parser
 * stopped; one regular-expression pass over that line (linear). Values that are quoted, flow
 * collections, block scalars, anchors, aliases or tags are left alone.
 */
export function unquotedColon(text: string): { key: string; start: number; end: number; value: string } | undefined {
  const m = /^([ \t]*(?:-[ \t]+)?)([\w-]+):[ \t]+/.exec(text);
  if (!m) return undefined;
  const start = m[0].length;
  let rest = text.slice(start);
  const comment = rest.search(/[ \t]#/);
  if (comment >= 0) rest = rest.slice(0, comment);
  rest = rest.trimEnd();
  if (!rest || /^["'[{|>&*!#%@`]/.test(rest)) return undefined;
  if (!/:(?:[ \t]|$)/.test(rest)) return undefined;
  return { key: m[2], start, end: start + rest.length, value: rest };
}

/** The value in single quotes (a quote inside is doubled): YAML reads it back as written. */
const singleQuoted = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** Document text in a message: one line, at most 60 characters. */
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);

/** YAML that does not parse, located where the parser stopped. */
export const yamlSyntax = defineRule({
  code: 'yaml.syntax',
  severity: 'error',
  tags: ['syntax'],
  description: { en: 'The YAML of a block or of the front matter does not parse.', nl: 'De YAML van een blok of van de front matter is niet leesbaar.' },
  docs:
    'The YAML of a block or of the front matter does not parse. Located where the parser\n' +
    'stops. The most common cause, an unquoted value containing `: ` (`title: Access: US\n' +
    'authorities`), gets its own message ("quote the value") and a quick fix that puts the value\n' +
    'in single quotes.',
  run(ctx) {
    const lines = ctx.document.lines;
    const sections = [...(ctx.document.frontMatter ? [ctx.document.frontMatter] : []), ...ctx.document.blocks];
    for (const s of sections) {
      const err = s.parsed.yaml.error;
      if (!err) continue;
      const pos = s.map.position(err.offset);
      const lineText = lines[pos.line].text;
      const len = lineText.length;
      const at = { line: pos.line, character: Math.min(pos.character, len) };
      const where = s.kind === 'frontmatter' ? 'front matter' : ctx.t({ en: `\`${s.kind}\` block`, nl: `\`${s.kind}\`-blok` });
      const block = s.kind === 'frontmatter' ? null : (s.id ?? null);
      const colon = unquotedColon(lineText);
      if (colon) {
        const range = { start: { line: pos.line, character: colon.start }, end: { line: pos.line, character: colon.end } };
        const quoted = singleQuoted(colon.value);
        ctx.report({
          range,
          block,
          message: ctx.t({
            en: `YAML error in ${where}: the value of \`${colon.key}\` contains ": ", which YAML reads as the start of another key. Quote the value: ${colon.key}: ${shown(quoted)}`,
            nl: `YAML-fout in ${where}: de waarde van \`${colon.key}\` bevat ": ", wat YAML leest als het begin van een nieuwe sleutel. Zet de waarde tussen aanhalingstekens: ${colon.key}: ${shown(quoted)}`,
          }),
          fixes: [{ title: ctx.t({ en: 'Quote the value', nl: 'Waarde tussen aanhalingstekens zetten' }), preferred: true, edits: [{ range, newText: quoted }] }],
        });
        continue;
      }
      ctx.report({
        range: { start: at, end: { line: at.line, character: Math.min(at.character + 1, len) } },
        block,
        message: ctx.t({
          en: `YAML error in ${where}: ${err.message}. Fix the YAML syntax (indentation, quotes, "key: value").`,
          nl: `YAML-fout in ${where}: ${err.message}. Herstel de YAML (inspringing, aanhalingstekens, "sleutel: waarde").`,
        }),
      });
    }
  },
});
