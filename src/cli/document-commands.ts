import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { applyEdits, buildRegister, featureEnv, parseDocument, ParseCache, registerMarkdown, tableEdit, type CheckOptions, type Register } from '../core/index';
import { readText } from './files';
import { UsageError } from './config';

export interface DocIo {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Reads one document and computes its register; throws UsageError for unreadable input. */
export function loadRegister(file: string, io: DocIo, options: Omit<CheckOptions, 'uri'>): { abs: string; text: string; register: Register; doc: ReturnType<typeof parseDocument> } {
  const abs = resolve(io.cwd, file);
  const r = readText(abs);
  if (!r.ok) throw new UsageError(`${file}: ${r.error}`);
  const doc = parseDocument(abs, r.text, new ParseCache());
  const env = featureEnv(doc, { ...options, uri: abs, readResource: (d, rel) => { const x = readText(resolve(dirname(d), rel)); return x.ok ? x.text : undefined; } });
  const register = buildRegister(doc, env, { today: options.today });
  // A block that could not be read is a "could not be read" row in the output: say so, located.
  for (const u of register.unreadable) io.err(`dpia: ${file}:${u.at}: warning: the ${u.kind} block${u.id ? ` ${u.id}` : ''} could not be read (${u.reason}); it is shown as a "could not be read" row\n`);
  return { abs, text: r.text, register, doc };
}

/** `dpia table FILE [--write]`: print the risk table, or write it between the markers in the file. */
export function tableCommand(file: string, write: boolean, io: DocIo, options: Omit<CheckOptions, 'uri'>): number {
  const { abs, text, register, doc } = loadRegister(file, io, options);
  if (!write) {
    io.out(registerMarkdown(register));
    return 0;
  }
  const { edit, stale, inserted } = tableEdit(doc, register);
  if (!stale) {
    io.err(`dpia: ${file}: the risk table is up to date\n`);
    return 0;
  }
  writeFileSync(abs, applyEdits(text, [edit]));
  io.err(`dpia: ${file}: ${inserted ? 'inserted the risk table after the first heading' : 'updated the risk table'} (${register.risks.length} risks, ${register.transfers.length} transfers)\n`);
  return 0;
}
