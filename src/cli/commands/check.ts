import pkg from '../../../package.json';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { displayPath, expandOperands } from '../files';
import { escapeControls, formatJson, formatSarif, formatText, summarise, type FileReport } from '../format';
import { checkFile, checkFiles, defaultJobs, workerScript, type FileOutcome } from '../check-files';
import { checkStdin, planOptions } from '../check-plan';

type CheckCommand = Extract<Command, { name: 'check' }>;

/** `dpia check`: checks the documents found (and stdin for `-`), prints their diagnostics and returns the exit code. */
export function runCheck(command: CheckCommand, conf: Configured, io: Io): number | Promise<number> {
  const paths = command.paths.filter((p) => p !== '-');
  const stdin = paths.length < command.paths.length;
  const selected = stdin && !paths.length ? { files: [], roots: [], missing: [] } : expandOperands(paths, io.cwd, { gitignore: command.gitignore, ignore: command.ignore, configBase: (f) => conf.settingsFor(f).configBase });
  const { files, roots, missing } = selected;
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  // Each document is checked with the settings of its own configuration file (see configure).
  const plan = planOptions(files, conf, { resolveFixes: command.format === 'json' });
  const shown = files.map((f) => displayPath(f, io.cwd));
  const jobs = command.jobs ?? defaultJobs(files.length);
  const o = { format: command.format, maxWarnings: conf.maxWarnings };
  const checked = (): FileOutcome[] | Promise<FileOutcome[]> => (jobs > 1 && workerScript() ? checkFiles(files, plan.sets, jobs, roots, plan.which) : files.map((f, i) => checkFile(f, plan.sets[plan.which[i]], roots[i])));
  if (stdin)
    return checkStdin(command.stdinFilename, conf, io, plan.base).then(async (first) => report([first.shown, ...shown], [first.outcome, ...(await checked())], missing.length > 0, o, io));
  const outcomes = checked();
  return Array.isArray(outcomes) ? report(shown, outcomes, missing.length > 0, o, io) : outcomes.then((r) => report(shown, r, missing.length > 0, o, io));
}

/** Prints the reports of checked files and returns the exit code. */
function report(names: string[], outcomes: FileOutcome[], missing: boolean, o: { format: CheckCommand['format']; maxWarnings?: number }, io: Io): number {
  let unreadable = missing;
  const reports: FileReport[] = [];
  outcomes.forEach((r, i) => {
    const shown = names[i];
    if (r.ok) return void reports.push({ path: shown, diagnostics: r.diagnostics });
    io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
    unreadable = true;
  });
  if (!names.length && !missing && io.cwd) io.err(`dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n`);
  const color = o.format === 'text' && io.isTty && !io.env.NO_COLOR;
  io.out(o.format === 'json' ? formatJson(reports) : o.format === 'sarif' ? formatSarif(reports, pkg.version) : formatText(reports, color));
  if (unreadable) return 2;
  const s = summarise(reports);
  if (s.errors > 0) return 1;
  if (o.maxWarnings !== undefined && s.warnings > o.maxWarnings) {
    io.err(`dpia: ${s.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
