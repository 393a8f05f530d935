import { defineRule } from './types';

/** YAML that does not parse, located where the parser stopped. */
export const yamlSyntax = defineRule({
  code: 'yaml.syntax',
  severity: 'error',
  tags: ['syntax'],
  description: { en: 'The YAML of a block or of the front matter does not parse.', nl: 'De YAML van een blok of van de front matter is niet leesbaar.' },
  docs:
    'The YAML of a block or of the front matter does not parse. Located where the parser\n' +
    'stops. A common cause is an unquoted value containing `: ` — quote it.',
  run(ctx) {
    const sections = [...(ctx.document.frontMatter ? [ctx.document.frontMatter] : []), ...ctx.document.blocks];
    for (const s of sections) {
      const err = s.parsed.yaml.error;
      if (!err) continue;
      const pos = s.map.position(err.offset);
      const len = ctx.document.lines[pos.line].text.length;
      const at = { line: pos.line, character: Math.min(pos.character, len) };
      const where = s.kind === 'frontmatter' ? 'front matter' : ctx.t({ en: `\`${s.kind}\` block`, nl: `\`${s.kind}\`-blok` });
      ctx.report({
        range: { start: at, end: { line: at.line, character: Math.min(at.character + 1, len) } },
        block: s.kind === 'frontmatter' ? null : s.id ?? null,
        message: ctx.t({
          en: `YAML error in ${where}: ${err.message}. Fix the YAML syntax (indentation, quotes, "key: value").`,
          nl: `YAML-fout in ${where}: ${err.message}. Herstel de YAML (inspringing, aanhalingstekens, "sleutel: waarde").`,
        }),
      });
    }
  },
});
