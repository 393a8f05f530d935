import vscode = require('vscode');
import { dirname, resolve } from 'node:path';
import type { CheckOptions, ResourceText, SeveritySetting } from '../core/index';
import { MAX_RESOURCE_BYTES, readTextFile, resolveInside, type ReadResult } from '../node/safe-read';
import { ConfigFinder, fileConfigReader } from '../node/config-discovery';
import { CONFIG_NAMES, type DpiaConfig } from '../node/config-file';
import { clearConfigProblems, disposeConfigProblems, reportConfigProblem } from './config-problems';

/** The `.dpia.yaml` files, found by the same code as the CLI's; forgotten when one changes (see watchResources). */
const configs = new ConfigFinder(fileConfigReader());

/**
 * The configuration file that applies to a document: the nearest `.dpia.yaml` from its folder up to
 * its workspace folder (its own folder when it is in none). An invalid one is reported on that file
 * (see config-problems.ts) and the document is checked without it.
 */
export function configFor(uri: vscode.Uri): DpiaConfig | undefined {
  const root = rootOf(uri);
  if (uri.scheme !== 'file' || !root) return undefined;
  const r = configs.find(dirname(uri.fsPath), root);
  if (r && !r.ok) reportConfigProblem(r.problem);
  else if (r?.ok) reportConfigProblem(undefined, r.config.path);
  return r?.ok ? r.config : undefined;
}

/** The workspace folder of a document (its own folder when it is in none); undefined when not on the local file system. */
function rootOf(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  return folder?.scheme === 'file' ? folder.fsPath : uri.scheme === 'file' ? dirname(uri.fsPath) : undefined;
}

/**
 * The `dpia.*` settings for a document, as core settings (the service's `settingsFor`). Resources
 * (settings and front matter) are read from the local file system only, and only if they are regular
 * files inside the document's workspace folder (the document's own folder when it is in none): see
 * resolveInside and readTextFile. A setting that cannot be read is passed on as its reason, so the
 * core reports it at the front matter.
 */
export function settingsFor(uri: vscode.Uri): Omit<CheckOptions, 'uri' | 'readResource'> {
  const c = vscode.workspace.getConfiguration('dpia', uri);
  const root = rootOf(uri);
  const config = configFor(uri);
  const resource = (origin: string, base = root): ResourceText => {
    if (!root || !base) return { origin, error: 'resources are read from local folders only' };
    // Workspace settings may come with a repository (.vscode/settings.json): the same folder rule applies.
    const r = read(base, base, origin, true);
    return r.ok ? { origin, text: r.text } : { origin, error: r.error };
  };
  // The configuration file first, the VS Code settings on top (as --catalogue, --matrix and --rule on the command line).
  const fromConfig = (spec: string) => resource(spec, config?.base);
  const catalogues = [...(config?.catalogues ?? []).map(fromConfig), ...c.get<string[]>('catalogues', []).filter((p) => typeof p === 'string' && p.trim()).map((p) => resource(p))];
  const matrix = c.get<string>('matrix', '').trim();
  const matrixOf = (spec: string, from: (s: string) => ResourceText): CheckOptions['matrix'] => (/[./\\]/.test(spec) ? from(spec) : spec);
  const matrixOption: CheckOptions['matrix'] = matrix ? matrixOf(matrix, (p) => resource(p)) : config?.matrix ? matrixOf(config.matrix, fromConfig) : undefined;
  return {
    today: c.get<boolean>('dateRules', true) ? undefined : null,
    matrix: matrixOption,
    severities: { ...config?.rules, ...c.get<Record<string, SeveritySetting>>('rules', {}) },
    locale: vscode.env.language,
    catalogues,
  };
}

/** Reads a matrix or catalogue named in a document's front matter, relative to the document and inside its folder (the service's `readResource`). */
export function readResource(docUri: string, rel: string): string | { error: string } | undefined {
  let doc: vscode.Uri;
  try {
    doc = vscode.Uri.parse(docUri);
  } catch {
    return undefined;
  }
  const root = rootOf(doc);
  if (doc.scheme !== 'file' || !root) return { error: 'resources are read from local folders only' };
  const r = read(root, dirname(doc.fsPath), rel);
  return r.ok ? r.text : { error: r.error };
}

/** The settings and resource reader of a document, for a one-shot `check`. */
export function optionsFor(uri: vscode.Uri): Omit<CheckOptions, 'uri'> {
  return { ...settingsFor(uri), readResource };
}

/** Matrix and catalogue files, read once and forgotten when they change on disk (see watchResources). */
const files = new Map<string, { result: ReadResult; paths: string[] }>();

function read(root: string, base: string, spec: string, allowAbsolute = false): ReadResult {
  const key = `${root}\0${base}\0${spec}\0${allowAbsolute}`;
  let hit = files.get(key);
  if (!hit) {
    const where = resolveInside(root, base, spec, { allowAbsolute });
    hit = { result: where.ok ? readTextFile(where.path, MAX_RESOURCE_BYTES) : where, paths: [resolve(base, spec), ...(where.ok ? [where.path] : [])] };
    if (files.size > 256) files.clear();
    files.set(key, hit);
  }
  return hit.result;
}

/**
 * Forgets cached matrix/catalogue and configuration files, and linked documents (a DPIA's pre-scan, a
 * pre-scan's DPIA), when they change on disk, then calls `changed`.
 */
export function watchResources(changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,md}');
  const forget = (u: vscode.Uri) => {
    if (u.scheme !== 'file') return;
    let hit = false;
    if (CONFIG_NAMES.some((n) => u.path.endsWith('/' + n))) {
      configs.forget();
      clearConfigProblems();
      hit = true;
    }
    for (const [key, entry] of files)
      if (entry.paths.includes(u.fsPath)) {
        files.delete(key);
        hit = true;
      }
    if (hit) changed();
  };
  watcher.onDidChange(forget);
  watcher.onDidCreate(forget);
  watcher.onDidDelete(forget);
  return vscode.Disposable.from(watcher, { dispose: disposeConfigProblems });
}

export function codeLensEnabled(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('dpia', uri).get<boolean>('codeLens.enabled', true);
}
