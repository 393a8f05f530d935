import { defineRule } from './types';

/** Problems loading the document's matrix or catalogues (unknown name, unreadable or invalid file). */
export const resources = defineRule({
  code: 'matrix.invalid',
  codes: ['matrix.invalid', 'catalogue.invalid'],
  severity: 'error',
  tags: ['resource'],
  description: {
    en: 'The `matrix` or a `catalogues` entry in the front matter names something that cannot be loaded or is invalid.',
    nl: 'De `matrix` of een `catalogues`-regel in de front matter verwijst naar iets dat niet te laden of ongeldig is.',
  },
  docs:
    "Codes `matrix.invalid` and `catalogue.invalid`: the front matter's `matrix` or a\n" +
    '`catalogues` entry cannot be loaded (unknown name, unreadable or invalid file), or a catalogue or\n' +
    'matrix from the settings (`dpia.catalogues`, `dpia.matrix`) or the command line is unreadable or\n' +
    'invalid (then reported at the front matter, or line 1). A file is refused when it is not a regular\n' +
    'file inside the allowed folder (see *Security model*). Problems inside the file are given as\n' +
    "`line L, column C: reason`; the message never quotes the file's content.",
  run(ctx) {
    for (const p of ctx.environment.problems) ctx.report({ code: p.code, range: p.range, block: null, message: p.message });
  },
});
