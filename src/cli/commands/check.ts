import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../../../package.json';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { displayPath, expandOperands, readText } from '../files';
import { escapeControls, formatGitlab, formatJson, formatSarif, formatText, shouldColor, summarise, type FileReport } from '../format/index';
import { checkFile, checkFiles, defaultJobs, workerScript, type FileOutcome } from '../check-files';
import { checkStdin, planOptions, type OptionPlan } from '../check-plan';
import { describeFixes, fixFile } from '../fix';
import { reportBase } from '../repo-root';
import { assertWritable, writeFileAtomic, WriteError } from '../../node/atomic-write';

type CheckCommand = Extract<Command, { name: 'check' }>;

/**
 * `dpia check`: checks the documents found (and stdin for `-`), fixing them first with --fix, prints
 * their diagnostics and returns the exit code.
 */
export function runCheck(command: CheckCommand, conf: Configured, io: Io): number | Promise<number> {
  const base = reportBase(io.cwd, command.base);
  if (command.base !== undefined && !(existsSync(base) && statSync(base).isDirectory())) throw new WriteError(`--base ${command.base}: no such folder`);
  const output = command.output === undefined ? undefined : resolve(io.cwd, command.output);
  const paths = command.paths.filter((p) => p !== '-');
  const stdin = paths.length < command.paths.length;
  const selected = stdin && !paths.length ? { files: [], roots: [], missing: [] } : expandOperands(paths, io.cwd, { gitignore: command.gitignore, ignore: command.ignore, configBase: (f) => conf.settingsFor(f).configBase });
  const { files, roots, missing } = selected;
  // The report must not overwrite a document checked (or a link to it); refused before any work.
  if (output) assertWritable(output, files);
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  // Each document is checked with the settings of its own configuration file (see configure).
  // Only the JSON output shows fixes: the costly ones (the risk table's Markdown) are made for it alone.
  const plan = planOptions(files, conf, { resolveFixes: command.format === 'json' });
  const shown = files.map((f) => displayPath(f, io.cwd));
  const jobs = command.jobs ?? defaultJobs(files.length);
  const o = { command, base, output, maxWarnings: conf.maxWarnings };
  const finish = (names: string[], abs: (string | undefined)[], outcomes: FileOutcome[]) => report(names, abs, outcomes, missing.length > 0, o, io);
  const checked = (): FileOutcome[] | Promise<FileOutcome[]> =>
    command.fix ? fixFiles(files, roots, plan, command.fix === 'dry-run', io)
    : jobs > 1 && workerScript() ? checkFiles(files, plan.sets, jobs, roots, plan.which)
    : files.map((f, i) => checkFile(f, plan.sets[plan.which[i]], roots[i]));
  if (stdin) return checkStdin(command.stdinFilename, conf, io, plan.base).then(async (first) => finish([first.shown, ...shown], [undefined, ...files], [first.outcome, ...(await checked())]));
  const outcomes = checked();
  return Array.isArray(outcomes) ? finish(shown, files, outcomes) : outcomes.then((r) => finish(shown, files, r));
}

/**
 * --fix and --fix-dry-run: fixes each file in turn (with its own configuration's settings), saying
 * what it changed (on standard error when the report is machine-readable) or printing the diff;
 * returns the remaining diagnostics.
 */
function fixFiles(files: string[], roots: string[], plan: OptionPlan, dryRun: boolean, io: Io): FileOutcome[] {
  return files.map((f, i) => {
    const shown = displayPath(f, io.cwd);
    const r = fixFile(f, shown, plan.sets[plan.which[i]], roots[i], dryRun, io.write);
    if (dryRun) io.out(r.diff);
    const said = describeFixes(shown, r.applied, dryRun);
    if (said) io.err(said + '\n');
    if (r.end === 'cycle') io.err(`dpia: ${escapeControls(shown)}: the fixes undo each other; stopped before repeating them\n`);
    if (r.end === 'limit') io.err(`dpia: ${escapeControls(shown)}: fixes still possible after the last pass; run again\n`);
    return r.outcome;
  });
}

/** Prints (or writes with --output) the report of the checked documents and returns the exit code. */
function report(names: string[], abs: (string | undefined)[], outcomes: FileOutcome[], missing: boolean, o: { command: CheckCommand; base: string; output?: string; maxWarnings?: number }, io: Io): number {
  const { format } = o.command;
  let unreadable = missing;
  const reports: FileReport[] = [];
  outcomes.forEach((r, i) => {
    const shown = names[i];
    if (r.ok) {
      const file = abs[i];
      const text = file && (format === 'sarif' || format === 'gitlab') && r.diagnostics.length ? readText(file) : undefined;
      return void reports.push({ path: shown, abs: file, diagnostics: r.diagnostics, text: text?.ok ? text.text : undefined });
    }
    io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
    reports.push({ path: shown, abs: abs[i], diagnostics: [], error: r.error });
    unreadable = true;
  });
  // ESLint-style: a run that matched no document is a usage error (exit 2), not a clean pass.
  if (!names.length && !missing) {
    io.err(`dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n`);
    unreadable = true;
  }
  const color = format === 'text' && !o.output && shouldColor(o.command.color, io.isTty, io.env);
  const out =
    format === 'json' ? formatJson(reports)
    : format === 'sarif' ? formatSarif(reports, { version: pkg.version, base: o.base })
    : format === 'gitlab' ? formatGitlab(reports, o.base)
    : formatText(reports, color);
  if (o.output) writeFileAtomic(o.output, out, { notOnto: abs.filter((f): f is string => !!f), write: io.write });
  else io.out(out);
  if (unreadable) return 2;
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (o.maxWarnings !== undefined && s.warnings > o.maxWarnings) {
    io.err(`dpia: ${s.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
