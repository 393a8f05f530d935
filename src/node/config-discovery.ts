// Which `.dpia.yaml` applies to a document: the nearest one from the document's folder upwards,
// stopping at the root (the workspace folder in the editor; the repository root, else the working
// folder, in the CLI). The file reader is injected, so the CLI and the extension share this code.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_NAMES, parseConfig, type ConfigResult } from './config-file';
import { isInside, readResourceText, type ReadResult } from './safe-read';

/** Reads a file; `undefined` when there is none. */
export type ConfigReader = (path: string, folder: string) => ReadResult | undefined;

/**
 * The safe reader: a regular file of at most 4 MB, inside its own folder (a link that leads out of
 * it is refused, never followed); an absent file is `undefined`.
 */
export function fileConfigReader(): ConfigReader {
  return (path, folder) => {
    const r = readResourceText(folder, folder, path, { allowAbsolute: true });
    return !r.ok && r.error === 'no such file' ? undefined : r;
  };
}

/** The repository root above `dir` (the nearest folder with a `.git`), if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** Reads and checks the configuration file at `path` (given explicitly). */
export function loadConfigFile(path: string, read: ConfigReader): ConfigResult {
  const r = read(path, dirname(path));
  if (!r) return { ok: false, problem: { path, line: 0, column: 0, message: 'no such file' } };
  if (!r.ok) return { ok: false, problem: { path, line: 0, column: 0, message: r.error } };
  return parseConfig(r.text, path, dirname(path));
}

/**
 * Finds the configuration of documents by folder, remembering each folder's answer (a folder without
 * a config file has its parent's). `undefined`: no configuration file between the folder and the root.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ConfigResult | undefined>();
  constructor(private readonly read: ConfigReader) {}

  /** The configuration for documents in `folder`, looking no higher than `root` (a folder outside the root looks only at itself). */
  find(folder: string, root: string): ConfigResult | undefined {
    folder = resolve(folder);
    const key = `${root}\0${folder}`;
    if (this.byFolder.has(key)) return this.byFolder.get(key);
    let found: ConfigResult | undefined;
    for (const name of CONFIG_NAMES) {
      const path = join(folder, name);
      const r = this.read(path, folder);
      if (!r) continue;
      found = r.ok ? parseConfig(r.text, path, folder) : { ok: false, problem: { path, line: 0, column: 0, message: r.error } };
      break;
    }
    const parent = dirname(folder);
    if (!found && folder !== resolve(root) && parent !== folder && isInside(resolve(root), parent)) found = this.find(parent, root);
    this.byFolder.set(key, found);
    return found;
  }

  /** Forgets every answer (a configuration file was created, changed or deleted). */
  forget(): void {
    this.byFolder.clear();
  }
}
