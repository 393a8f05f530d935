import vscode = require('vscode');
import { declaresDpiaType, typeFromName } from '../core/index';

/** DPIA/DTIA documents: `*.dpia.md`, `*.dtia.md`, or Markdown whose front matter says `type: dpia|dtia`. Other Markdown is left alone. */
export function isDpiaDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'markdown') return false;
  if (typeFromName(doc.uri.path)) return true;
  return declaresDpiaType(doc.getText(new vscode.Range(0, 0, 200, 0)));
}

export const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];
