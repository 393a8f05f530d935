import { join, relative, resolve } from 'node:path';
import { pdfDefinition, pdfDate, type CheckOptions, type PdfRenderer } from '../core/index';
import { loadRegister, type DocIo } from './document-commands';
import { UsageError } from './config';
import { assertWritable, writeFileAtomic } from '../node/atomic-write';

/** Loads dist/pdf.js next to this bundle only when a PDF is made. */
function renderer(): PdfRenderer {
  // A computed path keeps the bundler from inlining the PDF renderer into the CLI.
  const path = join(__dirname, ['pdf', 'js'].join('.'));
  return require(path) as PdfRenderer;
}

/** `dpia pdf FILE [-o OUT.pdf] [--date YYYY-MM-DD]`: the risk register as an A4 PDF, written atomically. */
export async function pdfCommand(file: string, o: { output?: string; date?: string }, io: DocIo, options: Omit<CheckOptions, 'uri'>, root?: string): Promise<number> {
  const { abs, register } = loadRegister(file, io, options, root);
  const out = o.output ? resolve(io.cwd, o.output) : abs.replace(/\.md$/i, '') + '.pdf';
  if (out === abs) throw new UsageError('the output would overwrite the input; use -o OUT.pdf');
  assertWritable(out, [abs]);
  const definition = pdfDefinition(register, { date: pdfDate(o.date, register.meta.date) });
  const bytes = await renderer().renderPdf(definition);
  // Atomic; never through a symbolic link, never onto the input (also under another name or a hard link).
  writeFileAtomic(out, bytes, { notOnto: [abs], write: io.write });
  const shown = relative(io.cwd, out);
  io.err(`dpia: wrote ${shown.startsWith('..') ? out : shown} (${register.risks.length} risks, ${bytes.length} bytes)\n`);
  return 0;
}
