import vscode = require('vscode');
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { CheckOptions, SeveritySetting } from '../core/index';

/** The `dpia.*` settings for a document, as core options. Resources are read from the local file system only. */
export function optionsFor(uri: vscode.Uri): Omit<CheckOptions, 'uri'> {
  const c = vscode.workspace.getConfiguration('dpia', uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  const base = folder?.scheme === 'file' ? folder.fsPath : uri.scheme === 'file' ? dirname(uri.fsPath) : undefined;
  const catalogues: { origin: string; text: string }[] = [];
  for (const p of c.get<string[]>('catalogues', [])) {
    const text = base || isAbsolute(p) ? read(resolve(base ?? '/', p)) : undefined;
    if (text !== undefined) catalogues.push({ origin: p, text });
  }
  const matrix = c.get<string>('matrix', '').trim();
  let matrixOption: CheckOptions['matrix'];
  if (matrix && /[./\\]/.test(matrix) && base) {
    const text = read(resolve(base, matrix));
    if (text !== undefined) matrixOption = { origin: matrix, text };
  } else if (matrix) matrixOption = matrix;
  return {
    today: c.get<boolean>('dateRules', true) ? undefined : null,
    matrix: matrixOption,
    severities: c.get<Record<string, SeveritySetting>>('rules', {}),
    locale: vscode.env.language,
    catalogues,
    readResource: (docUri, rel) => {
      try {
        const doc = vscode.Uri.parse(docUri);
        return doc.scheme === 'file' ? read(resolve(dirname(doc.fsPath), rel)) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Matrix and catalogue files, read once and forgotten when they change on disk (see watchResources). */
const files = new Map<string, string | undefined>();

function read(path: string): string | undefined {
  if (!files.has(path)) {
    try {
      files.set(path, readFileSync(path, 'utf8'));
    } catch {
      files.set(path, undefined);
    }
  }
  return files.get(path);
}

/** Forgets cached matrix/catalogue files when YAML files change, then calls `changed`. */
export function watchResources(changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  const forget = (u: vscode.Uri) => {
    if (u.scheme !== 'file' || !files.has(u.fsPath)) return;
    files.delete(u.fsPath);
    changed();
  };
  watcher.onDidChange(forget);
  watcher.onDidCreate(forget);
  watcher.onDidDelete(forget);
  return watcher;
}

export function codeLensEnabled(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('dpia', uri).get<boolean>('codeLens.enabled', true);
}
