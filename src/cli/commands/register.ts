// `dpia register [paths...]`: one register over every DPIA/DTIA found. Each document is read, analysed
// (the same `analyze` as `dpia check` and the editor) and reduced to its rows before the next is read:
// memory holds rows, never all the texts.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { PdfRenderer } from '../../core/index';
import type { Exporter } from '../../export/main';
import { assertWritable, writeFileAtomic } from '../../node/atomic-write';
import { bundle } from './export';
import type { Command } from '../args';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { analyze, isoToday, parseDocument, ParseCache } from '../../core/index';
import { documentRows, addDays } from '../../core/org-register/rows';
import { failing, OrgRegisterBuilder, type OrgRegister } from '../../core/org-register/aggregate';
import { displayPath, expandOperands, readText } from '../files';
import { escapeControls } from '../format';
import { resourceReader } from '../check-files';
import { formatRegister, registerTitle } from './register-format';

type RegisterCommand = Extract<Command, { name: 'register' }>;

/** Synchronous, but for PDF and HTML (written by the lazily loaded export bundle). */
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
  const cache = new ParseCache();
  files.forEach((file, i) => {
    const shown = displayPath(file, io.cwd);
    const r = readText(file);
    if (!r.ok) {
      io.err(`dpia: ${escapeControls(shown)}: ${r.error}\n`);
      unreadable = true;
      return;
    }
    const doc = parseDocument(file, r.text, cache);
    // Each document with the settings of its own configuration file, as `dpia check` does.
    const s = conf.settingsFor(file);
    const analysis = analyze(doc, { uri: file, today, matrix: s.matrix, severities: s.severities, locale: conf.locale, catalogues: s.catalogues, readResource: resourceReader(roots[i]) }, 1);
    const rows = documentRows(shown, analysis, { today, horizonDays: command.horizon });
    cache.sweep();
    let changed: string | undefined;
    try {
      changed = statSync(file).mtime.toISOString().slice(0, 10);
    } catch {
      changed = undefined;
    }
    rows.lastChanged = changed;
    if (staleBefore && changed && changed < staleBefore) rows.stale = true;
    builder.add(rows);
  });
  if (!files.length && !missing.length) io.err('dpia: no DPIA or DTIA documents found (*.dpia.md, *.dtia.md, or .md with "type: dpia" front matter)\n');
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
