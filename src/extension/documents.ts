import vscode = require('vscode');
import { declaresDpiaType, typeFromName } from '../core/index';

/** DPIA/DTIA documents: `*.dpia.md`, `*.dtia.md`, or Markdown whose front matter says `type: dpia|dtia`. Other Markdown is left alone. */
export function isDpiaDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'markdown') return false;
  if (typeFromName(doc.uri.path)) return true;
  return declaresDpiaType(doc.getText(new vscode.Range(0, 0, 200, 0)));
}

export const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];

/** The context key that `when` clauses in package.json use: true while the active editor shows a DPIA/DTIA document. */
export const DPIA_CONTEXT_KEY = 'dpia.isDpiaDocument';

/** Keeps `dpia.isDpiaDocument` in step with the active editor (and with its front matter as it is typed). */
export class DpiaContext implements vscode.Disposable {
  /** The value last set (the extension's API shows it to the integration tests). */
  value: boolean | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()), // a language change reopens the document
    ];
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const value = doc ? isDpiaDocument(doc) : false;
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', DPIA_CONTEXT_KEY, value);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
