// The option table of each subcommand: what `parse` accepts, what `--help` prints and what the
// README's "Command line" section shows (test/unit/cli/readme-options.test.ts keeps it in step).

export type SubcommandName = 'check' | 'table' | 'pdf' | 'export' | 'register' | 'diff' | 'rules';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in help, e.g. `FILE`. */
  value?: string;
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** Options every subcommand takes. */
export const GLOBAL_OPTIONS: OptionTable = {
  help: { type: 'boolean', short: 'h', help: 'show the overview, or the help of the subcommand given' },
  version: { type: 'boolean', short: 'v', help: 'show the version' },
  debug: { type: 'boolean', help: 'print the stack trace of an internal error' },
};

// Shared by the commands that read documents: how their resources and dates are resolved.
const DOCUMENT_OPTIONS: OptionTable = {
  today: { type: 'string', value: 'YYYY-MM-DD', help: 'the date the date rules and expiry marks use (default: today)' },
  'no-dates': { type: 'boolean', help: 'switch the date rules (tag "date" in `dpia rules`) and the expiry marks off' },
  matrix: { type: 'string', value: 'NAME|FILE', help: 'matrix for documents whose front matter names none (built-in: rijksdienst (default), ico, cnil)' },
  catalogue: { type: 'string', multiple: true, value: 'FILE', help: 'an extra measure catalogue (repeatable)' },
  config: { type: 'string', value: 'FILE', help: "settings file for every document (default: each document's nearest .dpia.yaml, up to the repository root)" },
  lang: { type: 'string', value: 'en|nl', help: 'language of messages and labels when a document does not say' },
};

export interface Subcommand {
  usage: string;
  summary: string;
  options: OptionTable;
  /** Paragraphs printed after the options in `dpia <subcommand> --help`. */
  notes?: string[];
}

export const SUBCOMMANDS: Record<SubcommandName, Subcommand> = {
  check: {
    usage: 'dpia check [options] [paths or globs...]',
    summary: 'check DPIA/DTIA documents (the default command)',
    options: {
      format: { type: 'string', short: 'f', value: 'text|json|sarif|gitlab', help: 'output format (default: text); gitlab: a GitLab Code Quality report' },
      output: { type: 'string', short: 'o', value: 'FILE', help: 'write the report to FILE (atomically) instead of standard output' },
      base: { type: 'string', value: 'DIR', help: 'folder SARIF and GitLab paths are relative to (default: the git repository root, else the current folder)' },
      fix: { type: 'boolean', help: 'apply the safe fixes (preferred, needing no choice) to the files, atomically, until stable; then report what remains' },
      'fix-dry-run': { type: 'boolean', help: 'print the fixes --fix would make as a unified diff, write nothing; then report what would remain (text format only)' },
      color: { type: 'boolean', help: 'colour the text output even when it is not a terminal (as FORCE_COLOR=1)' },
      'no-color': { type: 'boolean', help: 'never colour the text output (as NO_COLOR=1)' },
      ...DOCUMENT_OPTIONS,
      rule: { type: 'string', multiple: true, value: 'CODE=SEVERITY', help: "change a rule's severity: error, warning, info, hint, off (repeatable)" },
      'max-warnings': { type: 'string', value: 'N', help: 'exit 1 when there are more than N warnings' },
      ignore: { type: 'string', multiple: true, value: 'PATTERN', help: "leave out files matching PATTERN (gitignore syntax, relative to the working folder; '!PATTERN' takes files back) when searching folders and globs (repeatable)" },
      'no-gitignore': { type: 'boolean', help: 'do not read .gitignore files (.dpiaignore files and --ignore still apply)' },
      'stdin-filename': { type: 'string', value: 'NAME', help: 'the name of the document read from stdin (operand -): for its type, its configuration file and messages (default: <stdin>)' },
      jobs: { type: 'string', short: 'j', value: 'N', help: 'worker threads for many files (default: one per core from 16 files on; 1 checks in the main thread); the output is the same either way' },
    },
    notes: [
      'A first argument that is a path or a glob means check: `dpia docs` is `dpia check docs`.',
      'Colour: the text output is coloured on a terminal that supports it, following Node (NO_COLOR, FORCE_COLOR, TERM=dumb); --color and --no-color decide instead.',
      'Files are checked as given; folders are searched for *.dpia.md, *.dtia.md and .md files whose front matter says "type: dpia" or "type: dtia" (node_modules and .git are skipped). Without paths, the current folder is searched.',
      'Folder searches and globs leave out what .gitignore files (unless --no-gitignore), .dpiaignore files (from the repository root down to the file) and --ignore exclude; a file named explicitly is always checked.',
      'The operand - reads one document from stdin; --stdin-filename NAME gives it a name.',
      'Each document is checked with the nearest .dpia.yaml from its folder upwards to the repository root (the working folder outside a repository); --config FILE applies one file to every document.',
    ],
  },
  table: {
    usage: 'dpia table [options] FILE',
    summary: 'print the risk table, or write it into FILE between <!-- dpia:risk-table --> markers',
    options: {
      write: { type: 'boolean', help: 'write the table into FILE (atomically) instead of printing it' },
      ...DOCUMENT_OPTIONS,
    },
  },
  pdf: {
    usage: 'dpia pdf [options] FILE',
    summary: 'render the risk register to an A4 PDF',
    options: {
      output: { type: 'string', short: 'o', value: 'OUT.pdf', help: 'where to write the PDF (default: FILE with .pdf for .md)' },
      date: { type: 'string', value: 'YYYY-MM-DD', help: "the date printed on the title page (default: the document's date)" },
      ...DOCUMENT_OPTIONS,
    },
  },
  export: {
    usage: 'dpia export [options] FILE',
    summary: 'the whole document as PDF, Word (DOCX) or HTML: title page, contents, prose, blocks as cards, risk table and heat maps',
    options: {
      to: { type: 'string', short: 't', value: 'pdf|docx|html', help: 'output format (default: from the -o name, else pdf)' },
      output: { type: 'string', short: 'o', value: 'OUT', help: 'where to write it (default: FILE with .pdf, .docx or .html for .md)' },
      date: { type: 'string', value: 'YYYY-MM-DD', help: "the date written into the file and on the title page (default: the document's date); identical input and date give identical bytes" },
      ...DOCUMENT_OPTIONS,
    },
    notes: [
      'Images are embedded only when they are PNG or JPEG files inside the project (at most 5 MB each); remote images are never fetched: they are shown as their alt text and URL. Raw HTML is shown as text.',
    ],
  },
  register: {
    usage: 'dpia register [options] [paths or globs...]',
    summary: 'one register over every DPIA/DTIA under the paths: risks, shared measures, expiring acceptances, reviews due, transfers',
    options: {
      format: { type: 'string', short: 'f', value: 'text|markdown|json|csv|pdf|html', help: 'output format (default: text); csv gives one row per risk; pdf and html are written to -o FILE' },
      output: { type: 'string', short: 'o', value: 'FILE', help: 'write the register to FILE (atomically) instead of standard output; required for pdf and html' },
      horizon: { type: 'string', value: 'DAYS', help: 'list acceptances that end within DAYS days from today (default: 90)' },
      'stale-days': { type: 'string', value: 'DAYS', help: 'mark documents not changed (file modification time) for more than DAYS days as stale (default: off)' },
      'fail-on': { type: 'string', value: 'LIST', help: 'exit 1 when any of these holds: expired-acceptance, expiring-acceptance, overdue-review, stale-document, overdue-measure, undated-measure, error (comma-separated)' },
      ...DOCUMENT_OPTIONS,
      jobs: { type: 'string', short: 'j', value: 'N', help: 'worker threads for many files (default: one per core from 16 files on; 1 reads in the main thread); the output is the same either way' },
    },
    notes: [
      'Documents are found as `dpia check` finds them; each is read and reduced to its register rows before the next is read (in each worker thread with --jobs), so memory holds rows, not texts. Exit code: 0, or 1 when a --fail-on condition holds, 2 when a path cannot be read.',
    ],
  },
  diff: {
    usage: 'dpia diff [options] OLD NEW | dpia diff --since REV [options] [FILE...]',
    summary: 'what changed in the risk register between two versions: risks, levels, mitigations, acceptances, transfers',
    options: {
      since: { type: 'string', value: 'REV', help: 'compare each FILE with its version at git revision REV (without FILE: every DPIA/DTIA changed since REV)' },
      format: { type: 'string', short: 'f', value: 'text|markdown|json', help: 'output format (default: text); markdown is meant for a pull-request comment' },
      output: { type: 'string', short: 'o', value: 'FILE', help: 'write the diff to FILE (atomically) instead of standard output' },
      'fail-on-increase': { type: 'boolean', help: 'exit 1 when a residual level (of a risk or a transfer) went up' },
      color: { type: 'boolean', help: 'colour the text output even when it is not a terminal' },
      'no-color': { type: 'boolean', help: 'never colour the text output' },
      ...DOCUMENT_OPTIONS,
    },
    notes: [
      'Blocks are compared by id: a risk with the same id and a new title is renamed, not removed and added. Levels are the computed ones (matrix, motivated deviations), shown with ↑ or ↓.',
      'The old version of each FILE is read with `git show REV:./FILE` in the file\'s folder; its matrix and catalogues are read from the working tree.',
      'Exit code: 0, or 1 with --fail-on-increase when a residual level went up, 2 when a file or revision cannot be read.',
    ],
  },
  rules: {
    usage: 'dpia rules',
    summary: 'list the rule codes, default severities and tags',
    options: {},
  },
};

export const SUBCOMMAND_NAMES = Object.keys(SUBCOMMANDS) as SubcommandName[];

/** The subcommands whose table has option `name` (long name), in table order. */
export function subcommandsWith(name: string): SubcommandName[] {
  return SUBCOMMAND_NAMES.filter((s) => Object.hasOwn(SUBCOMMANDS[s].options, name));
}

/** Every option of every subcommand, plus the global ones: what can appear before the subcommand. */
export function allOptions(): OptionTable {
  return Object.assign({}, GLOBAL_OPTIONS, ...SUBCOMMAND_NAMES.map((s) => SUBCOMMANDS[s].options));
}

/** The table `util.parseArgs` takes: type, short and multiple of each option. */
export function parseArgsTable(table: OptionTable): Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> {
  return Object.fromEntries(Object.entries(table).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]));
}
