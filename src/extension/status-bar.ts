import vscode = require('vscode');
import { documentStatus, type DocumentStatus } from '../core/index';
import type { DiagnosticsController } from './diagnostics';
import { isDpiaDocument } from './documents';

export const SHOW_PROBLEMS = 'workbench.actions.view.problems';

/**
 * A status-bar item with the active DPIA/DTIA document's overall state ("DPIA: 2 high risks open"),
 * computed by the core (`documentStatus`) in the document's language, else VS Code's. Clicking it
 * opens the Problems view. Hidden for other editors.
 */
export class DpiaStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('dpia.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The state shown, for tests through the extension's API. */
  current: DocumentStatus | undefined;

  constructor(private readonly controller: DiagnosticsController) {
    this.item.name = 'DPIA';
    this.item.command = SHOW_PROBLEMS;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const analysis = doc && isDpiaDocument(doc) ? this.controller.service.analysis(doc.uri.toString()) : undefined;
    if (!analysis) {
      this.current = undefined;
      this.item.hide();
      return;
    }
    const s = (this.current = documentStatus(analysis));
    const icon = s.state === 'open' ? '$(warning)' : s.state === 'controlled' ? '$(pass)' : '$(info)';
    this.item.text = `${icon} ${s.text}`;
    this.item.tooltip = s.tooltip;
    this.item.backgroundColor = s.state === 'open' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
