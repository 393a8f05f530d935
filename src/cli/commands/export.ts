import { join, relative, resolve } from 'node:path';
import { analyze, parseDocument, ParseCache, pdfDate, type PdfRenderer } from '../../core/index';
import { assertWritable, writeFileAtomic } from '../../node/atomic-write';
import { imageReader } from '../../node/export-images';
import type { Exporter } from '../../export/main';
import type { Command } from '../args';
import { UsageError } from '../config';
import type { Configured } from '../configure';
import { resourceReader } from '../check-files';
import { readText, resourceRoot } from '../files';
import { escapeControls } from '../format/index';
import type { Io } from '../io';

/** A bundle next to this one (dist/export.js, dist/pdf.js), loaded only when a document is exported. */
export function bundle<T>(name: string): T {
  // A computed path keeps the bundler from inlining it into the CLI.
  return require(join(__dirname, [name, 'js'].join('.'))) as T;
}

const EXT = { pdf: '.pdf', docx: '.docx', html: '.html' } as const;

/** `dpia export FILE [--to pdf|docx|html] [-o OUT] [--date YYYY-MM-DD]`: the whole document, written atomically. */
export async function runExport(command: Extract<Command, { name: 'export' }>, conf: Configured, io: Io): Promise<number> {
  const abs = resolve(io.cwd, command.file);
  const r = readText(abs);
  if (!r.ok) throw new UsageError(`${command.file}: ${r.error}`);
  const out = command.output ? resolve(io.cwd, command.output) : abs.replace(/\.md$/i, '') + EXT[command.to];
  if (out === abs) throw new UsageError(`the output would overwrite the input; use -o OUT${EXT[command.to]}`);
  assertWritable(out, [abs]);
  const root = resourceRoot(abs, undefined, conf.configBase);
  const doc = parseDocument(abs, r.text, new ParseCache());
  const analysis = analyze(doc, { matrix: conf.matrix, catalogues: conf.catalogues, locale: conf.locale, today: conf.today, uri: abs, readResource: resourceReader(root) });
  const fmDate = typeof doc.frontMatter?.value?.date === 'string' ? doc.frontMatter.value.date : undefined;
  const date = pdfDate(command.date, fmDate);
  const skipped: string[] = [];
  const image = imageReader(root, abs, (url, why) => skipped.push(`${url}: ${why}`));
  const exporter = bundle<Exporter>('export');
  const bytes = await exporter.exportDocument({ text: doc.text, analysis, date, generated: command.date, image }, command.to, command.to === 'pdf' ? bundle<PdfRenderer>('pdf') : undefined);
  for (const s of skipped) io.err(escapeControls(`dpia: ${command.file}: image not embedded (${s}); shown as its alt text and URL`) + '\n');
  // Atomic; never through a symbolic link, never onto the input (also under another name or a hard link).
  writeFileAtomic(out, Buffer.from(bytes), { notOnto: [abs], write: io.write });
  const shown = relative(io.cwd, out);
  io.err(`dpia: wrote ${shown.startsWith('..') ? out : shown} (${command.to.toUpperCase()}, ${bytes.length} bytes)\n`);
  return 0;
}
