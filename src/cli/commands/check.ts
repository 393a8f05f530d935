import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pkg from '../../../package.json';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { displayPath, expandOperands, readText } from '../files';
import { escapeControls, formatGitlab, formatJson, formatSarif, formatText, shouldColor, summarise, type FileReport } from '../format/index';
import { checkFile, checkFiles, defaultJobs, workerScript, type FileCheckOptions, type FileOutcome } from '../check-files';
import { describeFixes, fixFile } from '../fix';
import { reportBase } from '../repo-root';
import { assertWritable, writeFileAtomic, WriteError } from '../../node/atomic-write';

type CheckCommand = Extract<Command, { name: 'check' }>;

/** `dpia check`: checks the documents found (fixing them first with --fix), prints their diagnostics and returns the exit code. */
export function runCheck(command: CheckCommand, conf: Configured, io: Io): number | Promise<number> {
  const base = reportBase(io.cwd, command.base);
  if (command.base !== undefined && !(existsSync(base) && statSync(base).isDirectory())) throw new WriteError(`--base ${command.base}: no such folder`);
  const output = command.output === undefined ? undefined : resolve(io.cwd, command.output);
  const { files, roots, missing } = expandOperands(command.paths, io.cwd, conf.configBase);
  // The report must not overwrite a document checked (or a link to it); refused before any work.
  if (output) assertWritable(output, files);
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  // Only the JSON output shows fixes: the costly ones (the risk table's Markdown) are made for it alone.
  const options: FileCheckOptions = { today: conf.today, matrix: conf.matrix, severities: conf.severities, locale: conf.locale, catalogues: conf.catalogues, resolveFixes: command.format === 'json' };
  const finish = (outcomes: FileOutcome[]) => report(files, outcomes, missing.length > 0, { command, base, output, maxWarnings: conf.maxWarnings }, io);
  if (command.fix) return finish(fixFiles(files, roots, options, command.fix === 'dry-run', io));
  const jobs = command.jobs ?? defaultJobs(files.length);
  if (jobs > 1 && workerScript()) return checkFiles(files, options, jobs, roots).then(finish);
  return finish(files.map((f, i) => checkFile(f, options, roots[i])));
}

/**
 * --fix and --fix-dry-run: fixes each file in turn, saying what it changed (on standard error when
 * the report is machine-readable) or printing the diff; returns the remaining diagnostics.
 */
function fixFiles(files: string[], roots: string[], options: FileCheckOptions, dryRun: boolean, io: Io): FileOutcome[] {
  return files.map((f, i) => {
    const shown = displayPath(f, io.cwd);
    const r = fixFile(f, shown, options, roots[i], dryRun, io.write);
    if (dryRun) io.out(r.diff);
    const said = describeFixes(shown, r.applied, dryRun);
    if (said) io.err(said + '\n');
    if (r.end === 'cycle') io.err(`dpia: ${escapeControls(shown)}: the fixes undo each other; stopped before repeating them\n`);
    if (r.end === 'limit') io.err(`dpia: ${escapeControls(shown)}: fixes still possible after the last pass; run again\n`);
    return r.outcome;
  });
}

/** Prints (or writes with --output) the report of the checked files and returns the exit code. */
function report(files: string[], outcomes: FileOutcome[], missing: boolean, o: { command: CheckCommand; base: string; output?: string; maxWarnings?: number }, io: Io): number {
  const { format } = o.command;
  let unreadable = missing;
  const reports: FileReport[] = [];
  outcomes.forEach((r, i) => {
    const shown = displayPath(files[i], io.cwd);
    if (r.ok) {
      const text = (format === 'sarif' || format === 'gitlab') && r.diagnostics.length ? readText(files[i]) : undefined;
      return void reports.push({ path: shown, abs: files[i], diagnostics: r.diagnostics, text: text?.ok ? text.text : undefined });
    }
    io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
    reports.push({ path: shown, abs: files[i], diagnostics: [], error: r.error });
    unreadable = true;
  });
  // ESLint-style: a run that matched no document is a usage error (exit 2), not a clean pass.
  if (!files.length && !missing) {
    io.err(`dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n`);
    unreadable = true;
  }
  const color = format === 'text' && !o.output && shouldColor(o.command.color, io.isTty, io.env);
  const out =
    format === 'json' ? formatJson(reports)
    : format === 'sarif' ? formatSarif(reports, { version: pkg.version, base: o.base })
    : format === 'gitlab' ? formatGitlab(reports, o.base)
    : formatText(reports, color);
  if (o.output) writeFileAtomic(o.output, out, { notOnto: files, write: io.write });
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
