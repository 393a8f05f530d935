import { locate } from '../model/document';
import { SCHEMA_CODES } from '../schema/validate';
import { defineRule, type YamlSection } from './types';
import { fillInMessage, isBlank, valueAtPointer } from './schema-messages';

/** JSON Schema violations (schemas/*.schema.json), located at the offending key or value. */
export const schema = defineRule({
  code: 'schema.required',
  codes: SCHEMA_CODES,
  severity: 'error',
  tags: ['schema'],
  description: {
    en: 'A block or the front matter does not follow its schema: a missing required key, an unknown key, a value of the wrong type or outside the allowed values.',
    nl: 'Een blok of de front matter volgt zijn schema niet: een verplichte sleutel ontbreekt, een onbekende sleutel, een waarde van het verkeerde type of buiten de toegestane waarden.',
  },
  docs:
    'Codes `schema.required`, `schema.unknown-key`, `schema.enum`, `schema.type`,\n' +
    '`schema.format`, `schema.pattern`, `schema.empty`, `schema.invalid`: a block or the front\n' +
    'matter does not follow its schema. Unknown keys are located at the key; wrong values at the\n' +
    "value; a missing key at the mapping that lacks it (for a block's top level: its info string).\n" +
    'An empty value (`by:`) is `schema.empty` and a value of the wrong type `schema.type`; both are\n' +
    "located at their key and say what to fill in (from the schema's description of the key).",
  run(ctx) {
    const sections: YamlSection[] = [...(ctx.document.frontMatter ? [ctx.document.frontMatter] : []), ...ctx.document.blocks];
    for (const s of sections) {
      const name = s.kind === 'frontmatter' ? 'front matter' : `\`${s.kind}\``;
      const id = s.kind === 'frontmatter' ? null : (s.id ?? null);
      for (const issue of s.parsed.schema) {
        // Name the value for value issues; for key issues (unknown, missing) name the mapping that holds them.
        const path = issue.at === 'value' ? issue.pointer : issue.code === 'schema.unknown-key' ? issue.pointer.slice(0, issue.pointer.lastIndexOf('/')) : issue.pointer;
        const where = path ? path.slice(1).replace(/\//g, '.') : name;
        let message = ctx.t({ en: `${where}: ${issue.message.en}.`, nl: `${where}: ${issue.message.nl}.` });
        if (!issue.pointer && issue.code === 'schema.type') {
          message = ctx.t({
            en: `The ${name} block must be a YAML mapping of "key: value" lines.`,
            nl: `Het ${name}-blok moet een YAML-mapping zijn met regels "sleutel: waarde".`,
          });
        }
        // An empty or wrongly typed value: at its key (`by:`), saying what to fill in.
        const fill = fillInMessage(s, issue, where);
        if (fill) {
          const blank = isBlank(valueAtPointer(s.value, issue.pointer));
          ctx.report({ code: blank ? 'schema.empty' : issue.code, range: locate(s, issue.pointer, 'key'), block: id, message: ctx.t(fill) });
          continue;
        }
        ctx.report({ code: issue.code, range: locate(s, issue.pointer, issue.at === 'value' ? 'value' : 'key'), block: id, message });
      }
    }
  },
});
