// A plain require: `import * as` would make the bundle copy the whole API object once per file.
import vscode = require('vscode');
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticsController } from './diagnostics';
import { registerProviders } from './providers';
import { registerCommands } from './commands';
import { registerCompareCommand } from './compare-command';
import { registerExportCommand } from './export-command';
import { startWorkspaceDiagnostics, type WorkspaceScan } from './workspace-check';
import { registerRenderCommands } from './render-commands';
import { trackPreviewedDocuments } from './preview/target';
import { registerFixAll } from './fix-all';
import { registerRegisterView, type RegisterView } from './register-view/view';
import { createLogger, type Logger } from './output-channel';
import { DpiaStatusBar } from './status-bar';
import { DpiaContext } from './documents';
import { analyze, dpiaMarkdownIt } from '../core/index';
import type MarkdownIt from 'markdown-it';

/** The extension's API, for tests and other extensions; `extendMarkdownIt` is VS Code's Markdown preview hook. */
export interface DpiaExtensionApi {
  controller: DiagnosticsController;
  /** The status-bar item with the active document's state. */
  statusBar: DpiaStatusBar;
  /** The `dpia.isDpiaDocument` context key the menus' `when` clauses read. */
  dpiaContext: DpiaContext;
  /** What the "DPIA" output channel was given. */
  logger: Logger;
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** The first check of the workspace's DPIA files (tests measure how soon diagnostics appear). */
  workspaceScan: Promise<WorkspaceScan>;
  /** The "DPIA Register" view in the Explorer. */
  registerView: RegisterView;
}

export function activate(context: vscode.ExtensionContext): DpiaExtensionApi {
  // vsce stores the README as readme.md; a development checkout has README.md.
  const readmeName = ['README.md', 'readme.md'].find((n) => existsSync(join(context.extensionPath, n))) ?? 'README.md';
  const logger = createLogger();
  const controller = new DiagnosticsController(vscode.Uri.joinPath(context.extensionUri, readmeName), logger);
  const statusBar = new DpiaStatusBar(controller);
  const dpiaContext = new DpiaContext();
  context.subscriptions.push(logger, statusBar, dpiaContext);
  // Before the workspace scan starts, so the register view receives every file's analysis.
  const registerView = registerRegisterView(context, controller);
  context.subscriptions.push(registerView);
  const workspace = startWorkspaceDiagnostics(controller);
  context.subscriptions.push(controller, ...registerProviders(controller, context.extensionUri), ...registerCommands(context, controller), workspace, ...registerRenderCommands(context, controller), registerFixAll(controller), registerCompareCommand(controller), registerExportCommand(context, controller));
  const previewOptions = () => ({ locale: vscode.env.language, today: vscode.workspace.getConfiguration('dpia').get<boolean>('dateRules', true) ? undefined : null });
  const extendMarkdownIt = (md: MarkdownIt) => {
    trackPreviewedDocuments(md);
    return dpiaMarkdownIt(md, previewOptions, analyze);
  };
  return { controller, statusBar, dpiaContext, logger, extendMarkdownIt, workspaceScan: workspace.scan, registerView };
}

export function deactivate(): void {}
