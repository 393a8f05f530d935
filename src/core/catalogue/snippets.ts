import type { CatalogueEntry } from './catalogue';

/** A VS Code snippet (the `*.code-snippets` JSON format). */
export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const STATUS = '${1|planned,in-progress,implemented,rejected|}';

/** The lines of a mitigation item referring to a measure (snippet syntax); `due` defaults to the report's date. */
export function mitigationSnippetBody(id: string, party: string | undefined, due?: string): string[] {
  return [`- measure: ${id}`, `  party: ${party ?? '${4|organisation,supplier|}'}`, `  status: ${STATUS}`, `  due: \${2:${due ?? '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE'}}`, '  owner: ${3:owner}$0'];
}

function dates(e: CatalogueEntry): string {
  const parts = [e.due && `due ${e.due}`, e['valid-until'] && `valid until ${e['valid-until']}`, e.from && `from ${e.from}`].filter(Boolean);
  return parts.length ? `; ${parts.join(', ')}` : '';
}

/** One snippet per catalogue measure: a mitigation item referring to it. */
export function measureSnippets(entries: readonly CatalogueEntry[]): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const e of entries) {
    out[`Measure ${e.id}`] = {
      prefix: [e.id, `measure ${e.id}`, `maatregel ${e.id}`],
      body: mitigationSnippetBody(e.id, e.party, e.due),
      description: `${e.title.en} / ${e.title.nl} (${e.party}; ${e.source.report}, ${e.source.date}, ${e.source.section}${dates(e)})`,
    };
  }
  return out;
}

/** Skeletons of the blocks and the front matter. */
export function blockSnippets(): Record<string, Snippet> {
  return {
    'DPIA front matter': {
      prefix: ['dpia-frontmatter', 'frontmatter'],
      body: [
        '---',
        'type: ${1|dpia,dtia|}',
        'title: ${2:title}',
        'organisation: ${3:organisation}',
        "version: '${4:0.1}'",
        'date: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
        'status: ${5|draft,review,final,concept,definitief|}',
        'language: ${6|en,nl|}',
        'matrix: ${7|rijksdienst,ico,cnil|}',
        'authors:',
        '  - ${8:name}',
        '---',
        '$0',
      ],
      description: 'Front matter of a DPIA or DTIA document / Front matter van een DPIA of DTIA',
    },
    'Risk block': {
      prefix: ['risk', 'risico'],
      body: [
        '```risk',
        'id: ${1:R1}',
        'title: ${2:title}',
        'description: >',
        '  ${3:what can happen, to whom, and why}',
        'likelihood: ${4|low,medium,high|}',
        'impact: ${5|low,medium,high|}',
        'mitigations:',
        '  - ${6:M-ID}',
        'residual:',
        '  likelihood: ${7|low,medium,high|}',
        '  impact: ${8|low,medium,high|}',
        '```',
        '$0',
      ],
      description: 'A risk block / Een risico-blok',
    },
    'Measure block': {
      prefix: ['measure', 'maatregel'],
      body: [
        '```measure',
        'id: ${1:M-ID}',
        'title: ${2:title}',
        'description: ${3:what is done, by whom, and how it lowers the risk}',
        'party: ${4|organisation,supplier|}',
        `status: ${STATUS.replace('1', '5')}`,
        'due: ${6:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
        '```',
        '$0',
      ],
      description: 'A measure defined in this document / Een maatregel in dit document',
    },
    'Transfer block': {
      prefix: ['transfer', 'doorgifte'],
      body: [
        '```transfer',
        'id: ${1:T1}',
        'exporter: ${2:exporter}',
        'importer: ${3:importer}',
        'country: ${4:US}',
        'data: [${5:categories}]',
        'special-categories: ${6|false,true|}',
        'data-subjects: [${7:employees}]',
        'purpose: ${8:purpose}',
        'tool: ${9|adequacy,dpf,scc,bcr,derogation|}',
        'laws: [${10:FISA-702}]',
        'safeguards:',
        '  - ${11:M-ID}',
        'review: ${12:$CURRENT_YEAR-12-31}',
        '```',
        '$0',
      ],
      description: 'A transfer to a third country (DTIA) / Een doorgifte naar een derde land (DTIA)',
    },
  };
}

/** The generated snippet files: name → JSON text. */
export function snippetFiles(entries: readonly CatalogueEntry[]): Record<string, string> {
  const json = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
  return {
    'measures.code-snippets': json(measureSnippets(entries)),
    'blocks.code-snippets': json(blockSnippets()),
  };
}
