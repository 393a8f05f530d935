import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticsController } from './diagnostics';
import { registerProviders } from './providers';
import { registerCommands } from './commands';
import { startWorkspaceDiagnostics } from './workspace-check';

/** The extension's API, for tests and other extensions. */
export interface DpiaExtensionApi {
  controller: DiagnosticsController;
}

export function activate(context: vscode.ExtensionContext): DpiaExtensionApi {
  // vsce stores the README as readme.md; a development checkout has README.md.
  const readmeName = ['README.md', 'readme.md'].find((n) => existsSync(join(context.extensionPath, n))) ?? 'README.md';
  const controller = new DiagnosticsController(vscode.Uri.joinPath(context.extensionUri, readmeName));
  context.subscriptions.push(controller, ...registerProviders(controller, context.extensionUri), ...registerCommands(context, controller), startWorkspaceDiagnostics(controller));
  return { controller };
}

export function deactivate(): void {}
