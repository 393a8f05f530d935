import * as vscode from 'vscode';
import { typeFromName } from '../core/index';

const FRONT_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\r?\n)*?type:[ \t]*['"]?(?:dpia|dtia)['"]?[ \t]*(?:#[^\n]*)?\r?\n/;

/** DPIA/DTIA documents: `*.dpia.md`, `*.dtia.md`, or Markdown whose front matter says `type: dpia|dtia`. Other Markdown is left alone. */
export function isDpiaDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'markdown') return false;
  if (typeFromName(doc.uri.path)) return true;
  const head = doc.getText(new vscode.Range(0, 0, 200, 0));
  const end = head.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  return end > 0 && FRONT_TYPE.test(head.slice(0, end + 1) + '\n');
}

export const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];
