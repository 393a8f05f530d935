// `dpia register [paths...]`: one register over every DPIA/DTIA found. Each document is read, analysed
// (the same `analyze` as `dpia check` and the editor) and reduced to its rows before the next is read,
// in worker threads with --jobs (see register-rows): memory holds rows, never all the texts.
import { relative, resolve } from 'node:path';
import type { PdfRenderer } from '../../core/index';
import type { Exporter } from '../../export/main';
import { assertWritable, writeFileAtomic } from '../../node/atomic-write';
import { bundle } from './export';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { isoToday } from '../../core/index';
import { addDays } from '../../core/org-register/rows';
import { failing, OrgRegisterBuilder, type OrgRegister } from '../../core/org-register/aggregate';
import { displayPath, expandOperands } from '../files';
import { escapeControls } from '../format';
import { defaultJobs } from '../check-files';
import { planOptions } from '../check-plan';
import { collectRows } from '../register-rows';
import { formatRegister, registerTitle } from './register-format';

type RegisterCommand = Extract<Command, { name: 'register' }>;

/** Synchronous, but for PDF and HTML (written by the lazily loaded export bundle) and worker threads. */
export function runRegister(command: RegisterCommand, conf: Configured, io: Io): number | Promise<number> {
  const { files, roots, missing } = expandOperands(command.paths, io.cwd, { configBase: (f) => conf.settingsFor(f).configBase });
  const out = command.output === undefined ? undefined : resolve(io.cwd, command.output);
  // Never onto one of the documents read (also under another name or a hard link), never through a symbolic link.
  if (out) assertWritable(out, files);
  for (const m of missing) io.err(`dpia: ${escapeControls(m)}: no such file or folder, or the pattern matches nothing\n`);
  const today = conf.today === undefined ? isoToday() : conf.today;
  const lang = /^nl/i.test(conf.locale ?? '') ? 'nl' : 'en';
  const builder = new OrgRegisterBuilder({ today, horizonDays: command.horizon });
  const staleBefore = today && command.staleDays !== undefined ? addDays(today, -command.staleDays) : undefined;
  let unreadable = missing.length > 0;
  // Each document with the settings of its own configuration file, as `dpia check` does; one set per file.
  const plan = planOptions(files, conf, { resolveFixes: false });
  const sets = plan.sets.map((s) => ({ ...s, today }));
  const shown = files.map((f) => displayPath(f, io.cwd));
  const work = { files, shown, roots, sets, which: plan.which, horizonDays: command.horizon, staleBefore };
  const collected = collectRows(work, command.jobs ?? defaultJobs(files.length), (r, i) => {
    if (r.ok) return builder.add(r.rows);
    io.err(`dpia: ${escapeControls(shown[i])}: ${r.error}\n`);
    unreadable = true;
  });
  if (!files.length && !missing.length) io.err('dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n');
  const write = (): number | Promise<number> => {
    const reg = builder.result();
    const exit = (): number => {
      if (unreadable) return 2;
      const hit = failing(reg, command.failOn);
      if (hit.length) {
        io.err(`dpia: register: ${hit.join(', ')} (--fail-on)\n`);
        return 1;
      }
      return 0;
    };
    if (command.format === 'pdf' || command.format === 'html') return writeExport(command.format, reg, lang, out!, files, io).then(exit);
    if (out) writeFileAtomic(out, formatRegister(reg, command.format, lang), { notOnto: files, write: io.write });
    else io.out(formatRegister(reg, command.format, lang));
    return exit();
  };
  return collected ? collected.then(write) : write();
}

/** The register's Markdown through the whole-document export's writers (dist/export.js, dist/pdf.js). */
async function writeExport(format: 'pdf' | 'html', reg: OrgRegister, lang: 'en' | 'nl', out: string, files: string[], io: Io): Promise<void> {
  const { title, date } = registerTitle(lang);
  const exporter = bundle<Exporter>('export');
  const meta = { title, subject: title, lang, date: reg.today ?? '1970-01-01', fields: reg.today ? [{ label: date, value: reg.today }] : [] };
  const bytes = await exporter.exportMarkdown(formatRegister(reg, 'markdown', lang), meta, format, format === 'pdf' ? bundle<PdfRenderer>('pdf') : undefined);
  writeFileAtomic(out, Buffer.from(bytes), { notOnto: files, write: io.write });
  const shown = relative(io.cwd, out);
  const n = reg.documents.length;
  io.err(`dpia: wrote ${shown.startsWith('..') ? out : shown} (${format.toUpperCase()}, ${n} document${n === 1 ? '' : 's'})\n`);
}
