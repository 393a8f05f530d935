// What `dpia check` needs besides the file list: the settings each document is checked with (one set
// per configuration file, so worker threads get each set once) and the document read from stdin.
import { dirname, resolve } from 'node:path';
import type { Configured, FileSettings } from './configure';
import { checkText, type FileCheckOptions, type FileOutcome } from './check-files';
import { resourceRoot } from './files';
import type { Io } from './io';

/** The option sets and, per file, the index of its set. */
export interface OptionPlan {
  sets: FileCheckOptions[];
  which: number[];
  /** The options every set shares (date, language, fixes). */
  base: Pick<FileCheckOptions, 'today' | 'locale' | 'resolveFixes'>;
}

/** The check options of a document with these settings. */
function optionsOf(s: FileSettings, base: OptionPlan['base']): FileCheckOptions {
  return { ...base, matrix: s.matrix, severities: s.severities, catalogues: s.catalogues };
}

/** One option set per configuration file that applies to one of `files`. */
export function planOptions(files: string[], conf: Configured, o: { resolveFixes: boolean }): OptionPlan {
  const base = { today: conf.today, locale: conf.locale, resolveFixes: o.resolveFixes };
  const sets: FileCheckOptions[] = [];
  const index = new Map<FileSettings, number>();
  const which = files.map((f) => {
    const s = conf.settingsFor(f);
    let i = index.get(s);
    if (i === undefined) {
      index.set(s, (i = sets.length));
      sets.push(optionsOf(s, base));
    }
    return i;
  });
  return { sets, which, base };
}

/** The name shown for the document read from stdin when --stdin-filename gives none. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads one document from stdin and checks it as if it were the file `name` (relative to the working
 * folder): its name gives its type (`*.dtia.md`), its folder the configuration file and the folder
 * its resources must stay inside.
 */
export async function checkStdin(name: string | undefined, conf: Configured, io: Io, base: OptionPlan['base']): Promise<{ shown: string; outcome: FileOutcome }> {
  const shown = name ?? STDIN_NAME;
  const abs = resolve(io.cwd, name ?? STDIN_NAME);
  const read = io.readStdin ? await io.readStdin() : { ok: false as const, error: 'standard input cannot be read here' };
  if (!read.ok) return { shown, outcome: read };
  const settings = conf.settingsFor(abs);
  const root = resourceRoot(abs, dirname(abs), settings.configBase);
  return { shown, outcome: { ok: true, diagnostics: checkText(read.text, abs, optionsOf(settings, base), root) } };
}
