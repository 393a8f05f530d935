import { join, relative, resolve } from 'node:path';
import { pdfDefinition, pdfDate, type PdfRenderer } from '../../core/index';
import { assertWritable, writeFileAtomic } from '../../node/atomic-write';
import type { Command } from '../args';
import { UsageError } from '../config';
import type { Configured } from '../configure';
import type { Io } from '../io';
import { loadCommandRegister } from '../load-register';

/** Loads dist/pdf.js next to this bundle only when a PDF is made. */
function renderer(): PdfRenderer {
  // A computed path keeps the bundler from inlining the PDF renderer into the CLI.
  const path = join(__dirname, ['pdf', 'js'].join('.'));
  return require(path) as PdfRenderer;
}

/** `dpia pdf FILE [-o OUT.pdf] [--date YYYY-MM-DD]`: the risk register as an A4 PDF, written atomically. */
export async function runPdf(command: Extract<Command, { name: 'pdf' }>, conf: Configured, io: Io): Promise<number> {
  const { abs, register } = loadCommandRegister(command.file, conf, io);
  const out = command.output ? resolve(io.cwd, command.output) : abs.replace(/\.md$/i, '') + '.pdf';
  if (out === abs) throw new UsageError('the output would overwrite the input; use -o OUT.pdf');
  assertWritable(out, [abs]);
  const definition = pdfDefinition(register, { date: pdfDate(command.date, register.meta.date), generated: command.date });
  const bytes = await renderer().renderPdf(definition);
  // Atomic; never through a symbolic link, never onto the input (also under another name or a hard link).
  writeFileAtomic(out, bytes, { notOnto: [abs], write: io.write });
  const shown = relative(io.cwd, out);
  io.err(`dpia: wrote ${shown.startsWith('..') ? out : shown} (${register.risks.length} risks, ${bytes.length} bytes)\n`);
  return 0;
}
