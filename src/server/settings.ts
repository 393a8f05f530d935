// Settings of a document for the language server: the client's `dpia.*` settings (workspace/configuration)
// over the project's `.dpia.yaml`, as core settings; resources read inside the document's workspace folder.
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions, ResourceText, SeveritySetting } from '../core/index';
import { ConfigFinder, fileConfigReader, repositoryRoot } from '../node/config-discovery';
import { CONFIG_NAMES } from '../node/config-file';
import { MAX_RESOURCE_BYTES, isInside, readTextFile, resolveInside, type ReadResult } from '../node/safe-read';

/** The client's `dpia` settings section, as VS Code's `dpia.*` settings (every field optional). */
export interface ClientSettings {
  matrix?: string;
  catalogues?: string[];
  rules?: Record<string, SeveritySetting>;
  dateRules?: boolean;
  codeLens?: { enabled?: boolean };
}

/** What the server needs of a project's configuration file. */
export interface ProjectConfig {
  rules: Record<string, SeveritySetting>;
  matrix?: string;
  catalogues: string[];
  /** Folder the config's paths are relative to. */
  base: string;
}

/**
 * The project configuration that applies to a folder: the nearest `.dpia.yaml` (`.dpia.yml`,
 * `.dpia.json`) from the folder up to `root`, found by the same code as the CLI and the extension
 * (src/node/config-discovery.ts); undefined when there is none, or the reason it cannot be used.
 */
export function projectConfig(finder: ConfigFinder, folder: string, root: string): ProjectConfig | { error: string } | undefined {
  const r = finder.find(folder, root);
  if (!r) return undefined;
  if (!r.ok) return { error: `${r.problem.path}:${r.problem.line}:${r.problem.column}: ${r.problem.message}` };
  return { rules: r.config.rules, matrix: r.config.matrix, catalogues: r.config.catalogues, base: r.config.base };
}

/** A local file's path for a `file:` URI; undefined for other schemes or malformed URIs. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const looksLikePath = (spec: string) => /[./\\]/.test(spec);

/** Reads matrix and catalogue files once, until `forget` says they changed on disk. */
export class ResourceFiles {
  private readonly files = new Map<string, { result: ReadResult; paths: string[] }>();
  /** The configuration files found, by folder (forgotten when one changes). */
  readonly configs = new ConfigFinder(fileConfigReader());

  read(root: string, base: string, spec: string, allowAbsolute = false): ReadResult {
    const key = `${root}\0${base}\0${spec}\0${allowAbsolute}`;
    let hit = this.files.get(key);
    if (!hit) {
      const where = resolveInside(root, base, spec, { allowAbsolute });
      hit = { result: where.ok ? readTextFile(where.path, MAX_RESOURCE_BYTES) : where, paths: [resolve(base, spec), ...(where.ok ? [where.path] : [])] };
      if (this.files.size > 256) this.files.clear();
      this.files.set(key, hit);
    }
    return hit.result;
  }

  /** Forgets a changed file; true when it was one read. */
  forget(path: string): boolean {
    let hit = false;
    if (CONFIG_NAMES.includes(basename(path))) {
      this.configs.forget();
      hit = true;
    }
    for (const [key, entry] of this.files)
      if (entry.paths.includes(path)) {
        this.files.delete(key);
        hit = true;
      }
    return hit;
  }

  clear(): void {
    this.files.clear();
    this.configs.forget();
  }
}

/** The workspace folder (local path) a file is in: the innermost of `folders`, else the file's own folder. */
export function rootOf(path: string, folders: readonly string[]): string {
  let best: string | undefined;
  for (const f of folders) if (isInside(f, path) && (!best || f.length > best.length)) best = f;
  return best ?? dirname(path);
}

/**
 * Core settings for a document: client settings win over the project's `.dpia.yaml` (rule by rule
 * for severities); catalogues of both apply (the project's first). Resources are read only inside the
 * document's workspace folder (the config's folder for the config's own paths); a resource that cannot
 * be read is passed on as its reason, so the core reports it at the front matter.
 */
export function coreSettings(uri: string, client: ClientSettings, folders: readonly string[], files: ResourceFiles, locale?: string): Omit<CheckOptions, 'uri' | 'readResource'> {
  const path = filePath(uri);
  const root = path ? rootOf(path, folders) : undefined;
  // The search stops at the workspace folder (without one: the repository root, else the file's folder).
  const configRoot = path && root ? (folders.length ? root : (repositoryRoot(dirname(path)) ?? root)) : undefined;
  const project = path && configRoot ? projectConfig(files.configs, dirname(path), configRoot) : undefined;
  const config = project && !('error' in project) ? project : undefined;
  const resource = (origin: string, base: string | undefined, within: string | undefined): ResourceText => {
    if (!base || !within) return { origin, error: 'resources are read from local folders only' };
    const r = files.read(within, base, origin, true);
    return r.ok ? { origin, text: r.text } : { origin, error: r.error };
  };
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  const catalogues = [
    ...(config ? config.catalogues.map((c) => resource(c, config.base, config.base)) : []),
    ...strings(client.catalogues).map((c) => resource(c, root, root)),
  ];
  const clientMatrix = typeof client.matrix === 'string' ? client.matrix.trim() : '';
  let matrix: CheckOptions['matrix'];
  if (clientMatrix) matrix = looksLikePath(clientMatrix) ? resource(clientMatrix, root, root) : clientMatrix;
  else if (config?.matrix) matrix = looksLikePath(config.matrix) ? resource(config.matrix, config.base, config.base) : config.matrix;
  const rules = typeof client.rules === 'object' && client.rules !== null ? client.rules : {};
  return {
    today: client.dateRules === false ? null : undefined,
    matrix,
    severities: { ...config?.rules, ...rules },
    locale,
    catalogues,
  };
}

/** Reads a matrix or catalogue named in a document's front matter, relative to the document and inside its workspace folder. */
export function resourceReader(folders: () => readonly string[], files: ResourceFiles): NonNullable<CheckOptions['readResource']> {
  return (docUri, rel) => {
    const path = filePath(docUri);
    if (!path) return { error: 'resources are read from local folders only' };
    const r = files.read(rootOf(path, folders()), dirname(path), rel);
    return r.ok ? r.text : { error: r.error };
  };
}
