import { dirname, resolve } from 'node:path';
import { applyEdits, buildRegister, featureEnv, parseDocument, ParseCache, registerMarkdown, tableEdit, type CheckOptions, type Register } from '../core/index';
import { readText } from './files';
import { UsageError } from './config';
import { escapeControls } from './format';
import { resourceReader } from './check-files';
import { assertWritable, writeFileAtomic } from '../node/atomic-write';

export interface DocIo {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Writes bytes to an open file; tests replace it to simulate a full disk (see writeFileAtomic). */
  write?: (fd: number, bytes: Uint8Array) => void;
}

/**
 * Reads one document and computes its register; throws UsageError for unreadable input. Resources
 * named in its front matter are read inside `root` (default: the document's folder).
 */
export function loadRegister(file: string, io: DocIo, options: Omit<CheckOptions, 'uri'>, root?: string): { abs: string; text: string; register: Register; doc: ReturnType<typeof parseDocument> } {
  const abs = resolve(io.cwd, file);
  const r = readText(abs);
  if (!r.ok) throw new UsageError(`${file}: ${r.error}`);
  const doc = parseDocument(abs, r.text, new ParseCache());
  const env = featureEnv(doc, { ...options, uri: abs, readResource: resourceReader(root ?? dirname(abs)) });
  const register = buildRegister(doc, env, { today: options.today });
  // A block that could not be read is a "could not be read" row in the output: say so, located (control characters escaped).
  for (const u of register.unreadable) io.err(escapeControls(`dpia: ${file}:${u.at}: warning: the ${u.kind} block${u.id ? ` ${u.id}` : ''} could not be read (${u.reason}); it is shown as a "could not be read" row`) + '\n');
  return { abs, text: r.text, register, doc };
}

/**
 * `dpia table FILE [--write]`: print the risk table, or write it between the markers in the file.
 * The write is atomic (see writeFileAtomic); the BOM and every byte outside the table are kept.
 */
export function tableCommand(file: string, write: boolean, io: DocIo, options: Omit<CheckOptions, 'uri'>, root?: string): number {
  const { abs, text, register, doc } = loadRegister(file, io, options, root);
  if (write) assertWritable(abs);
  if (!write) {
    // Shown in a terminal: control characters from the document become visible escapes.
    io.out(registerMarkdown(register).split('\n').map(escapeControls).join('\n'));
    return 0;
  }
  const { edit, stale, inserted } = tableEdit(doc, register);
  if (!stale) {
    io.err(`dpia: ${file}: the risk table is up to date\n`);
    return 0;
  }
  writeFileAtomic(abs, applyEdits(text, [edit]), { write: io.write });
  io.err(`dpia: ${file}: ${inserted ? 'inserted the risk table after the first heading' : 'updated the risk table'} (${register.risks.length} risks, ${register.transfers.length} transfers)\n`);
  return 0;
}
