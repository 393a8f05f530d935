import pkg from '../../../package.json';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { displayPath, expandOperands } from '../files';
import { escapeControls, formatJson, formatSarif, formatText, summarise, type FileReport } from '../format';
import { checkFile, checkFiles, defaultJobs, workerScript, type FileCheckOptions, type FileOutcome } from '../check-files';

type CheckCommand = Extract<Command, { name: 'check' }>;

/** `dpia check`: checks the documents found, prints their diagnostics and returns the exit code. */
export function runCheck(command: CheckCommand, conf: Configured, io: Io): number | Promise<number> {
  const { files, roots, missing } = expandOperands(command.paths, io.cwd, conf.configBase);
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  // Only the JSON output shows fixes: the costly ones (the risk table's Markdown) are made for it alone.
  const options: FileCheckOptions = { today: conf.today, matrix: conf.matrix, severities: conf.severities, locale: conf.locale, catalogues: conf.catalogues, resolveFixes: command.format === 'json' };
  const jobs = command.jobs ?? defaultJobs(files.length);
  const finish = (outcomes: FileOutcome[]) => report(files, outcomes, missing.length > 0, { format: command.format, maxWarnings: conf.maxWarnings }, io);
  if (jobs > 1 && workerScript()) return checkFiles(files, options, jobs, roots).then(finish);
  return finish(files.map((f, i) => checkFile(f, options, roots[i])));
}

/** Prints the reports of checked files and returns the exit code. */
function report(files: string[], outcomes: FileOutcome[], missing: boolean, o: { format: CheckCommand['format']; maxWarnings?: number }, io: Io): number {
  let unreadable = missing;
  const reports: FileReport[] = [];
  outcomes.forEach((r, i) => {
    const shown = displayPath(files[i], io.cwd);
    if (r.ok) return void reports.push({ path: shown, diagnostics: r.diagnostics });
    io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
    unreadable = true;
  });
  // ESLint-style: a run that matched no document is a usage error (exit 2), not a clean pass.
  if (!files.length && !missing) {
    io.err(`dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n`);
    unreadable = true;
  }
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
