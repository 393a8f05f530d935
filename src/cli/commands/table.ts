import { applyEdits, registerMarkdown, tableEdit } from '../../core/index';
import { assertWritable, writeFileAtomic } from '../../node/atomic-write';
import type { Command } from '../args';
import type { Configured } from '../configure';
import { escapeControls } from '../format';
import type { Io } from '../io';
import { loadCommandRegister } from '../load-register';

/**
 * `dpia table FILE [--write]`: print the risk table, or write it between the markers in the file.
 * The write is atomic (see writeFileAtomic); the BOM and every byte outside the table are kept.
 */
export function runTable(command: Extract<Command, { name: 'table' }>, conf: Configured, io: Io): number {
  const { file, write } = command;
  const { abs, text, register, doc } = loadCommandRegister(file, conf, io);
  if (!write) {
    // Shown in a terminal: control characters from the document become visible escapes.
    io.out(registerMarkdown(register).split('\n').map(escapeControls).join('\n'));
    return 0;
  }
  assertWritable(abs);
  const { edit, stale, inserted } = tableEdit(doc, register);
  if (!stale) {
    io.err(`dpia: ${file}: the risk table is up to date\n`);
    return 0;
  }
  writeFileAtomic(abs, applyEdits(text, [edit]), { write: io.write });
  io.err(`dpia: ${file}: ${inserted ? 'inserted the risk table after the first heading' : 'updated the risk table'} (${register.risks.length} risks, ${register.transfers.length} transfers)\n`);
  return 0;
}
