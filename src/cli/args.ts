import { parseArgs } from 'node:util';
import type { SeveritySetting } from '../core/index';
import { isIsoDate } from '../core/text/dates';
import { parseSeverity, UsageError } from './config';
import { parseRegisterArgs, type RegisterArgs } from './commands/register-args';
import { allOptions, GLOBAL_OPTIONS, parseArgsTable, SUBCOMMAND_NAMES, SUBCOMMANDS, subcommandsWith, type SubcommandName } from './options';

export type Format = 'text' | 'json' | 'sarif' | 'gitlab';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'gitlab'];

/** How a document's resources and dates are resolved (check, table and pdf). */
export interface DocumentArgs {
  today?: string;
  /** False with --no-dates. */
  dates: boolean;
  matrix?: string;
  catalogues: string[];
  config?: string;
  lang?: 'en' | 'nl';
}

/** What to do, as read from the command line. */
export type Action =
  | { name: 'help'; topic?: SubcommandName }
  | { name: 'version' }
  | { name: 'rules' }
  | ({ name: 'check'; paths: string[]; format: Format; rules: [string, SeveritySetting][]; maxWarnings?: number; jobs?: number; output?: string; base?: string; fix?: 'write' | 'dry-run'; color?: boolean; ignore: string[]; gitignore: boolean; stdinFilename?: string } & DocumentArgs)
  | ({ name: 'table'; file: string; write: boolean } & DocumentArgs)
  | ({ name: 'pdf'; file: string; output?: string; date?: string } & DocumentArgs)
  | ({ name: 'export'; file: string; to: 'pdf' | 'docx' | 'html'; output?: string; date?: string } & DocumentArgs)
  | ({ name: 'register' } & RegisterArgs & DocumentArgs)
  | ({ name: 'diff'; files: string[]; since?: string; format: 'text' | 'markdown' | 'json'; output?: string; failOnIncrease: boolean; color?: boolean } & DocumentArgs);

export type Command = Action & { debug: boolean };

/** A usage error of one subcommand: its message points at that subcommand's help. */
export class SubcommandUsageError extends UsageError {
  constructor(
    message: string,
    readonly subcommand: SubcommandName,
  ) {
    super(message);
  }
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;


function parseWith(argv: string[], options: ReturnType<typeof parseArgsTable>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(err.message) : null;
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : err.message.split('. To specify')[0].split('\n')[0]);
  }
}

/** `--write` or `-o (--output)`, as the user typed it. */
const shown = (raw: string, name: string) => (raw === `--${name}` ? raw : `${raw} (--${name})`);

const list = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * Reads the command line into a typed description of what to do; throws UsageError. The subcommand
 * is the first positional (options may come before it); a first positional that looks like a path
 * means `check`. Each subcommand accepts only its own options and the global ones.
 */
export function parse(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseWith(argv, parseArgsTable(allOptions()));
  } catch (e) {
    // The help to point at: that of the subcommand named, if one is.
    const named = argv.find((a) => (SUBCOMMAND_NAMES as string[]).includes(a)) as SubcommandName | undefined;
    throw named ? new SubcommandUsageError((e as Error).message, named) : e;
  }
  const { values: all, positionals, tokens } = parsed;
  const debug = Boolean(all.debug);
  if (all.version) return { name: 'version', debug };
  const first = tokens.find((t) => t.kind === 'positional');
  let name: SubcommandName;
  let operands = positionals;
  if (first && (SUBCOMMAND_NAMES as string[]).includes(first.value)) {
    name = first.value as SubcommandName;
    operands = positionals.slice(1);
  } else if (first) {
    if (first.value !== '-' && !/[./\\*]/.test(first.value) && !first.value.endsWith('.md')) throw new UsageError(`unknown command "${first.value}" (commands: ${SUBCOMMAND_NAMES.join(', ')})`);
    name = 'check';
  } else {
    if (all.help) return { name: 'help', debug };
    name = 'check';
  }
  if (all.help) return { name: 'help', topic: name, debug };
  const own = SUBCOMMANDS[name].options;
  for (const t of tokens) {
    if (t.kind !== 'option' || Object.hasOwn(own, t.name) || Object.hasOwn(GLOBAL_OPTIONS, t.name)) continue;
    const owners = subcommandsWith(t.name).map((s) => `dpia ${s}`);
    throw new SubcommandUsageError(`${shown(t.rawName, t.name)} is not an option of dpia ${name}; ${owners.length === 1 ? `only ${owners[0]} takes it` : `${list(owners)} take it`}`, name);
  }
  return { ...subcommand(name, all, operands), debug };
}

function subcommand(name: SubcommandName, o: Values, operands: string[]): Action {
  const fail = (message: string): never => {
    throw new SubcommandUsageError(message, name);
  };
  if (name === 'rules') {
    if (operands.length) fail(`dpia rules takes no arguments, got "${operands[0]}"`);
    return { name };
  }
  const str = (k: string) => o[k] as string | undefined;
  const today = str('today');
  if (today !== undefined && !isIsoDate(today)) fail(`--today must be a real date YYYY-MM-DD, not "${today}"`);
  const lang = str('lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'nl') fail('--lang must be en or nl');
  const doc: DocumentArgs = { today, dates: !o['no-dates'], matrix: str('matrix'), catalogues: (o.catalogue as string[] | undefined) ?? [], config: str('config'), lang: lang as DocumentArgs['lang'] };
  if (name === 'register') return { name, ...parseRegisterArgs(o as Record<string, unknown>, operands, fail), ...doc };
  if (name === 'diff') {
    const since = str('since');
    if (since !== undefined && (!since.trim() || since.startsWith('-') || /[\s\0]/.test(since))) fail(`--since needs a git revision (a branch, tag or commit, not starting with "-"), not "${since}"`);
    if (since === undefined && operands.length !== 2) fail(`dpia diff needs OLD and NEW (two files), or --since REV${operands.length ? `; got ${operands.length} file${operands.length === 1 ? '' : 's'}` : ''}`);
    const format = str('format') ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) fail(`--format must be text, markdown or json for dpia diff, not "${format}"`);
    if (o.color && o['no-color']) fail('--color and --no-color exclude each other');
    const output = str('output');
    if (output === '') fail('--output needs a file name');
    return { name, files: operands, ...(since !== undefined ? { since } : {}), format: format as 'text' | 'markdown' | 'json', ...(output !== undefined ? { output } : {}), failOnIncrease: Boolean(o['fail-on-increase']), ...(o.color ? { color: true } : o['no-color'] ? { color: false } : {}), ...doc };
  }
  if (name === 'export') {
    if (operands.length !== 1) fail(`dpia export needs exactly one FILE${operands.length ? `, got ${operands.length}` : ''}`);
    const output = str('output');
    if (output === '') fail('--output needs a file name');
    const ext = output ? /\.(pdf|docx|html?)$/i.exec(output)?.[1].toLowerCase() : undefined;
    const fromName = ext === 'htm' ? 'html' : ext;
    const to = str('to') ?? fromName ?? 'pdf';
    if (!['pdf', 'docx', 'html'].includes(to)) fail(`--to must be pdf, docx or html, not "${to}"`);
    const date = str('date');
    if (date !== undefined && !isIsoDate(date)) fail(`--date must be a real date YYYY-MM-DD, not "${date}"`);
    return { name, file: operands[0], to: to as 'pdf' | 'docx' | 'html', ...(output !== undefined ? { output } : {}), ...(date !== undefined ? { date } : {}), ...doc };
  }
  if (name === 'table' || name === 'pdf') {
    if (operands.length !== 1) fail(`dpia ${name} needs exactly one FILE${operands.length ? `, got ${operands.length}` : ''}`);
    if (name === 'table') return { name, file: operands[0], write: Boolean(o.write), ...doc };
    const date = str('date');
    if (date !== undefined && !isIsoDate(date)) fail(`--date must be a real date YYYY-MM-DD, not "${date}"`);
    return { name, file: operands[0], output: str('output'), date, ...doc };
  }
  const format = str('format') ?? 'text';
  if (!(FORMATS as string[]).includes(format)) fail(`--format must be ${list(FORMATS as string[]).replace(' and ', ' or ')}, not "${format}"`);
  if (o.fix && o['fix-dry-run']) fail('--fix and --fix-dry-run exclude each other: --fix writes, --fix-dry-run only shows the diff');
  if (o['fix-dry-run'] && format !== 'text') fail('--fix-dry-run prints a diff; it takes --format text only');
  if (o.color && o['no-color']) fail('--color and --no-color exclude each other');
  const output = str('output');
  if (output === '') fail('--output needs a file name');
  const max = str('max-warnings');
  if (max !== undefined && !/^\d+$/.test(max)) fail('--max-warnings must be a whole number');
  const jobs = str('jobs');
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) fail('--jobs must be a whole number from 1 to 999');
  const rules = ((o.rule as string[] | undefined) ?? []).map((spec) => {
    try {
      return parseSeverity(spec, '--rule');
    } catch (e) {
      return fail((e as Error).message);
    }
  });
  const stdins = operands.filter((p) => p === '-').length;
  if (stdins > 1) fail('- (stdin) can be given only once');
  if (stdins && (o.fix || o['fix-dry-run'])) fail('--fix and --fix-dry-run change files; they cannot take - (stdin)');
  const stdinFilename = str('stdin-filename');
  if (stdinFilename !== undefined && !stdins) fail('--stdin-filename names the document read from stdin; give - as a path too');
  if (stdinFilename !== undefined && (!stdinFilename.trim() || stdinFilename.includes('\0'))) fail('--stdin-filename needs a file name');
  const ignore = (o.ignore as string[] | undefined) ?? [];
  return {
    name,
    paths: operands,
    format: format as Format,
    rules,
    maxWarnings: max === undefined ? undefined : Number(max),
    jobs: jobs === undefined ? undefined : Number(jobs),
    ...(output !== undefined ? { output } : {}),
    ...(str('base') !== undefined ? { base: str('base') } : {}),
    ...(o.fix ? { fix: 'write' as const } : o['fix-dry-run'] ? { fix: 'dry-run' as const } : {}),
    ...(o.color ? { color: true } : o['no-color'] ? { color: false } : {}),
    ignore,
    gitignore: !o['no-gitignore'],
    stdinFilename,
    ...doc,
  };
}
