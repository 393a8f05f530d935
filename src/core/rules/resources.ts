import type { Rule } from './types';

/** Problems loading the document's matrix or catalogues (unknown name, unreadable or invalid file). */
export const resources: Rule = {
  code: 'matrix.invalid',
  codes: ['matrix.invalid', 'catalogue.invalid'],
  severity: 'error',
  description: {
    en: 'The `matrix` or a `catalogues` entry in the front matter names something that cannot be loaded or is invalid.',
    nl: 'De `matrix` of een `catalogues`-regel in de front matter verwijst naar iets dat niet te laden of ongeldig is.',
  },
  run(ctx) {
    for (const p of ctx.resourceProblems) ctx.report({ code: p.code, range: p.range, block: null, message: p.message });
  },
};
