import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CODES, builtinMatrix, parseCatalogue, parseMatrix, type CheckOptions, type SeveritySetting } from '../core/index';
import { displayPath, expandOperands, resourceRoot } from './files';
import { readResourceText } from '../node/safe-read';
import { WriteError } from '../node/atomic-write';
import { escapeControls, formatJson, formatSarif, formatText, README_URL, summarise, type FileReport } from './format';
import { at, loadConfig, parseSeverity, UsageError } from './config';
import pkg from '../../package.json';
import { tableCommand } from './document-commands';
import { pdfCommand } from './pdf-command';
import { checkFile, checkFiles, defaultJobs, serveChecks, workerScript, type FileCheckOptions, type FileOutcome } from './check-files';

const HELP = `dpia ${pkg.version}: check Data Protection Impact Assessments written in Markdown

Usage:
  dpia check [options] [paths or globs...]   check DPIA/DTIA documents (default command)
  dpia table FILE [--write]                  print the risk table, or write it into FILE
                                             between <!-- dpia:risk-table --> markers
  dpia pdf FILE [-o OUT.pdf] [--date D]      render the risk register to PDF
  dpia rules                                 list the rule codes, default severities and tags
  dpia --help | --version

Paths: files are checked as given; folders are searched for *.dpia.md, *.dtia.md
and .md files whose front matter says "type: dpia" or "type: dtia" (node_modules
is skipped). Without paths, the current folder is searched.

Options:
  -f, --format text|json|sarif  output format (default: text)
      --today YYYY-MM-DD        the date the date rules use (default: today)
      --no-dates                switch the date rules off (tag "date" in \`dpia rules\`)
      --matrix NAME|FILE        matrix for documents whose front matter names none
                                (built-in: rijksdienst (default), ico, cnil)
      --catalogue FILE          an extra measure catalogue (repeatable)
      --rule CODE=SEVERITY      change a rule's severity: error, warning, info, hint, off (repeatable)
      --config FILE             settings file (default: the nearest .dpia.yaml)
      --max-warnings N          exit 1 when there are more than N warnings
      --lang en|nl              language of messages when a document does not say
  -j, --jobs N                  worker threads for many files (default: one per core
                                from 16 files on; 1 checks in the main thread)
      --debug                   print the stack trace of an internal error
  -h, --help                    show this help
  -v, --version                 show the version

Catalogues, matrices and the config file are read only if they are regular files
inside the checked folder (or the config's folder; the current folder for --catalogue,
--matrix and --config): see "Security model" in the README.

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage error, unreadable input or a failed write; 3 internal error (please report it).
`;

const ISSUES_URL = README_URL.replace('#rules', '/issues');

interface Io {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** Writes bytes to an open file; tests replace it to simulate a full disk. */
  write?: (fd: number, bytes: Uint8Array) => void;
}

/** One line asking for a report (exit code 3); the stack trace follows only with --debug. */
function internalError(e: unknown, debug: boolean): string {
  const message = escapeControls(String((e as Error)?.message ?? e).split('\n')[0]);
  const line = `dpia: internal error: ${message}. This is a bug in dpia; please report it at ${ISSUES_URL} (run again with --debug for details).\n`;
  return debug ? `${line}${(e as Error)?.stack ?? e}\n` : line;
}

/** Runs the CLI; a number for the synchronous commands, a promise for `pdf`. */
export function run(argv: string[], io: Io): number | Promise<number> {
  const fail = (e: unknown) => {
    if (e instanceof UsageError) {
      io.err(`dpia: ${escapeControls(e.message)}\nTry "dpia --help".\n`);
      return 2;
    }
    if (e instanceof WriteError) {
      io.err(`dpia: ${escapeControls(e.message)}\n`);
      return 2;
    }
    io.err(internalError(e, argv.includes('--debug')));
    return 3;
  };
  try {
    const r = main(argv, io);
    return typeof r === 'number' ? r : r.catch(fail);
  } catch (e) {
    return fail(e);
  }
}

function main(argv: string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        today: { type: 'string' },
        'no-dates': { type: 'boolean' },
        matrix: { type: 'string' },
        catalogue: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        config: { type: 'string' },
        'max-warnings': { type: 'string' },
        lang: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        write: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        debug: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.out(HELP);
    return 0;
  }
  if (o.version) {
    io.out(pkg.version + '\n');
    return 0;
  }
  let [command, ...operands] = positionals;
  if (command === undefined || !['check', 'rules', 'table', 'pdf'].includes(command)) {
    if (command !== undefined && !/[./\\*]/.test(command) && !command.endsWith('.md')) throw new UsageError(`unknown command "${command}"`);
    operands = command === undefined ? [] : positionals;
    command = 'check';
  }
  if (command === 'rules') {
    for (const [code, { severity, rule }] of CODES) io.out(`${code.padEnd(35)} ${severity.padEnd(8)} ${rule.tags.join(',').padEnd(14)} ${rule.description.en}\n`);
    return 0;
  }
  if (!['text', 'json', 'sarif'].includes(o.format!)) throw new UsageError(`--format must be text, json or sarif, not "${o.format}"`);
  if (o.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.today)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${o.today}"`);
  if (o.lang !== undefined && !['en', 'nl'].includes(o.lang)) throw new UsageError(`--lang must be en or nl`);
  const config = loadConfig(o.config, io.cwd);
  const severities: Record<string, SeveritySetting> = { ...config.rules };
  for (const spec of o.rule ?? []) {
    const [c, s] = parseSeverity(spec, '--rule');
    severities[c] = s;
  }
  let maxWarnings = config.maxWarnings;
  if (o['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(o['max-warnings'])) throw new UsageError('--max-warnings must be a whole number');
    maxWarnings = Number(o['max-warnings']);
  }
  // Resources from the command line stay inside the current folder, those of the config inside its folder;
  // a file that cannot be read, parsed or validated is a usage error located as file:line:column.
  const resource = (spec: string, fromConfig: boolean, what: string) => {
    const root = fromConfig ? config.base : io.cwd;
    const r = readResourceText(root, root, spec, { allowAbsolute: true });
    if (!r.ok) throw new UsageError(`${what} ${spec}: ${r.error}`);
    return r.text;
  };
  const matrixSpec = o.matrix ?? config.matrix;
  let matrix: CheckOptions['matrix'];
  if (matrixSpec !== undefined) {
    if (builtinMatrix(matrixSpec)) matrix = matrixSpec;
    else {
      const what = o.matrix ? '--matrix' : `matrix (in ${config.path})`;
      if (!/[./\\]/.test(matrixSpec)) throw new UsageError(`${what} ${matrixSpec}: not a built-in matrix (rijksdienst, ico, cnil) nor a path to a matrix file`);
      const text = resource(matrixSpec, !o.matrix, what);
      const problem = parseMatrix(text).problems[0];
      if (problem) throw new UsageError(`${what} ${at(matrixSpec, problem)}`);
      matrix = { origin: matrixSpec, text };
    }
  }
  const catalogues = [...config.catalogues.map((c) => ({ c, fromConfig: true })), ...(o.catalogue ?? []).map((c) => ({ c, fromConfig: false }))].map(({ c, fromConfig }) => {
    const what = fromConfig ? `catalogue (in ${config.path})` : '--catalogue';
    const text = resource(c, fromConfig, what);
    const problem = parseCatalogue(text, c).problems[0];
    if (problem) throw new UsageError(`${what} ${at(c, problem)}`);
    return { origin: c, text };
  });

  if (command === 'table' || command === 'pdf') {
    if (operands.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
    const docOptions = { matrix, catalogues, locale: o.lang ?? io.env.LANG, today: o['no-dates'] ? null : o.today };
    const root = resourceRoot(resolve(io.cwd, operands[0]), undefined, config.path ? config.base : undefined);
    if (command === 'table') return tableCommand(operands[0], Boolean(o.write), io, docOptions, root);
    if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError(`--date must be a date YYYY-MM-DD, not "${o.date}"`);
    return pdfCommand(operands[0], { output: o.output, date: o.date }, io, docOptions, root);
  }
  if (o.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(o.jobs)) throw new UsageError('--jobs must be a whole number from 1 to 999');
  const { files, roots, missing } = expandOperands(operands, io.cwd, config.path ? config.base : undefined);
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  const fileOptions: FileCheckOptions = { today: o['no-dates'] ? null : o.today, matrix, severities, locale: o.lang ?? io.env.LANG, catalogues };
  const jobs = o.jobs !== undefined ? Number(o.jobs) : defaultJobs(files.length);
  const finish = (outcomes: FileOutcome[]) => report(files, outcomes, missing.length > 0, { format: o.format!, maxWarnings }, io);
  if (jobs > 1 && workerScript()) return checkFiles(files, fileOptions, jobs, roots).then(finish);
  return finish(files.map((f, i) => checkFile(f, fileOptions, roots[i])));
}

/** Prints the reports of checked files and returns the exit code. */
function report(files: string[], outcomes: FileOutcome[], missing: boolean, o: { format: string; maxWarnings?: number }, io: Io): number {
  let unreadable = missing;
  const reports: FileReport[] = [];
  outcomes.forEach((r, i) => {
    const shown = displayPath(files[i], io.cwd);
    if (r.ok) return void reports.push({ path: shown, diagnostics: r.diagnostics });
    io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
    unreadable = true;
  });
  const maxWarnings = o.maxWarnings;
  if (!files.length && !missing && io.cwd) io.err(`dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n`);

  const color = o.format === 'text' && io.isTty && !io.env.NO_COLOR;
  io.out(o.format === 'json' ? formatJson(reports) : o.format === 'sarif' ? formatSarif(reports, pkg.version) : formatText(reports, color));
  if (unreadable) return 2;
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) {
    io.err(`dpia: ${s.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

if (!isMainThread && (workerData as { dpiaCheckWorker?: boolean } | null)?.dpiaCheckWorker) {
  // This bundle is also the worker script of `dpia check --jobs N`.
  serveChecks(parentPort!, (workerData as { options: FileCheckOptions }).options);
} else if (require.main === module) {
  // Output piped into a reader that stopped (`| head`): end quietly. Anything else unexpected: exit 3, one line.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));
  process.on('uncaughtException', (e) => {
    process.stderr.write(internalError(e, process.argv.includes('--debug')));
    process.exit(3);
  });
  void Promise.resolve(run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
  })).then((code) => {
    process.exitCode = code;
  });
}
