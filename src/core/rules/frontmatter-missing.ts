import { typeFromName } from '../model/document';
import { defineRule } from './types';

/** A `*.dpia.md` / `*.dtia.md` file needs front matter with at least type and title. */
export const frontmatterMissing = defineRule({
  code: 'frontmatter.missing',
  severity: 'error',
  tags: ['document'],
  description: {
    en: 'A `*.dpia.md` or `*.dtia.md` file has no YAML front matter (`---` … `---` at the top with at least `type` and `title`).',
    nl: 'Een `*.dpia.md`- of `*.dtia.md`-bestand heeft geen YAML front matter (`---` … `---` bovenaan met minstens `type` en `title`).',
  },
  docs:
    'A `*.dpia.md` or `*.dtia.md` file has no front matter (or it is not closed). Fix:\n' +
    'insert front matter with `type`, `title` and `status`.',
  run(ctx) {
    const fromName = typeFromName(ctx.document.uri);
    if (!fromName || ctx.document.frontMatter) return;
    const first = ctx.document.lines[0]?.text ?? '';
    const unclosed = /^---[ \t]*$/.test(first);
    const title = ctx.document.lines.find((l) => /^#\s+/.test(l.text))?.text.replace(/^#\s+/, '').trim() || 'Untitled';
    const eol = ctx.environment.eol;
    ctx.report({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } },
      block: null,
      message: unclosed
        ? ctx.t({ en: 'The front matter is not closed: add a `---` line after it.', nl: 'De front matter is niet afgesloten: voeg er een regel `---` achter toe.' })
        : ctx.t({
            en: `This ${fromName.toUpperCase()} has no front matter. Add YAML between \`---\` lines at the top with at least \`type: ${fromName}\` and \`title\`.`,
            nl: `Deze ${fromName.toUpperCase()} heeft geen front matter. Zet bovenaan YAML tussen regels \`---\` met minstens \`type: ${fromName}\` en \`title\`.`,
          }),
      fixes: unclosed
        ? []
        : [
            {
              title: ctx.t({ en: 'Add front matter', nl: 'Front matter toevoegen' }),
              preferred: true,
              edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---${eol}type: ${fromName}${eol}title: '${title.replace(/'/g, "''")}'${eol}status: draft${eol}---${eol}` }],
            },
          ],
    });
  },
});
