import { dirname, resolve } from 'node:path';
import { analyze, buildRegister, parseDocument, ParseCache, type CheckOptions, type Register } from '../core/index';
import { readText } from './files';
import { UsageError } from './config';
import { escapeControls } from './format/index';
import { resourceReader } from './check-files';
import type { Io } from './io';
import { resourceRoot } from './files';

/**
 * Reads one document and computes its register; throws UsageError for unreadable input. Resources
 * named in its front matter are read inside `root` (default: the document's folder).
 */
export function loadRegister(file: string, io: Pick<Io, 'cwd' | 'err'>, options: Omit<CheckOptions, 'uri'>, root?: string): { abs: string; text: string; register: Register; doc: ReturnType<typeof parseDocument> } {
  const abs = resolve(io.cwd, file);
  const r = readText(abs);
  if (!r.ok) throw new UsageError(`${file}: ${r.error}`);
  const doc = parseDocument(abs, r.text, new ParseCache());
  // The same analysis as `dpia check` and the editor make: environment, risks, transfers.
  const register = buildRegister(analyze(doc, { ...options, uri: abs, readResource: resourceReader(root ?? dirname(abs)) }));
  // A block that could not be read is a "could not be read" row in the output: say so, located (control characters escaped).
  for (const u of register.unreadable) io.err(escapeControls(`dpia: ${file}:${u.at}: warning: the ${u.kind} block${u.id ? ` ${u.id}` : ''} could not be read (${u.reason}); it is shown as a "could not be read" row`) + '\n');
  return { abs, text: r.text, register, doc };
}

/** The register of a `table` or `pdf` command's FILE, with the configured matrix, catalogues, language and date. */
export function loadCommandRegister(file: string, conf: { matrix?: CheckOptions['matrix']; catalogues: CheckOptions['catalogues']; locale?: string; today?: string | null; configBase?: string }, io: Pick<Io, 'cwd' | 'err'>) {
  const options = { matrix: conf.matrix, catalogues: conf.catalogues, locale: conf.locale, today: conf.today };
  const abs = resolve(io.cwd, file);
  return loadRegister(file, io, options, resourceRoot(abs, undefined, conf.configBase));
}
