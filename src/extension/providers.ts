import vscode = require('vscode');
import { readFileSync } from 'node:fs';
import { complete, documentSymbols, foldingRanges, hover, riskLenses, type Analysis, type DocumentSymbol, type Fix, type FixChoice } from '../core/index';
import { isDpiaDocument, SELECTOR } from './documents';
import { toPosition, toRange, toWorkspaceEdit } from './convert';
import { codeLensEnabled } from './settings';
import type { DiagnosticsController } from './diagnostics';

/** The analysis of an open DPIA document (the service's, brought up to date first). */
function model(controller: DiagnosticsController, doc: vscode.TextDocument): Analysis | undefined {
  return isDpiaDocument(doc) ? controller.analysis(doc) : undefined;
}

/** The extension's command for a choice a core fix leaves to the user. */
const CHOICE_COMMAND: Record<FixChoice, string> = { 'add-mitigation': 'dpia.addMitigation' };

/**
 * Markdown from the core (document text in it is already escaped), rendered untrusted: no command
 * links, no raw HTML, no theme icons.
 */
function markdown(value: string): vscode.MarkdownString {
  const m = new vscode.MarkdownString(value, false);
  m.isTrusted = false;
  m.supportHtml = false;
  return m;
}

/** A CodeLens title shows `$(name)` as an icon; document text in it is shown as written. */
const lensTitle = (title: string) => title.replace(/\$\(/g, '\\$(');

const KIND: Record<string, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  block: vscode.CompletionItemKind.Snippet,
};

const SYMBOL: Record<string, vscode.SymbolKind> = {
  heading: vscode.SymbolKind.String,
  risk: vscode.SymbolKind.Event,
  measure: vscode.SymbolKind.Method,
  transfer: vscode.SymbolKind.Interface,
  data: vscode.SymbolKind.Field,
  processing: vscode.SymbolKind.Function,
  purpose: vscode.SymbolKind.Constant,
  prescan: vscode.SymbolKind.Object,
};

interface SnippetJson {
  prefix: string[];
  body: string[];
  description: string;
}

/** Block skeletons from snippets/blocks.code-snippets, offered outside blocks in DPIA documents only. */
function blockSnippets(extensionUri: vscode.Uri): vscode.CompletionItem[] {
  let data: Record<string, SnippetJson>;
  try {
    data = JSON.parse(readFileSync(vscode.Uri.joinPath(extensionUri, 'snippets', 'blocks.code-snippets').fsPath, 'utf8'));
  } catch {
    return [];
  }
  return Object.entries(data).map(([name, s]) => {
    const item = new vscode.CompletionItem({ label: s.prefix[0], description: name }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(s.body.join('\n'));
    item.documentation = new vscode.MarkdownString().appendCodeblock(s.body.join('\n').replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d/g, ''), 'markdown');
    item.detail = s.description;
    return item;
  });
}

export function registerProviders(controller: DiagnosticsController, extensionUri: vscode.Uri): vscode.Disposable[] {
  const skeletons = blockSnippets(extensionUri);
  const lensChanged = new vscode.EventEmitter<void>();
  /** Fixes whose edits are made when VS Code resolves the action (the risk table's Markdown). */
  const unresolved = new WeakMap<vscode.CodeAction, { uri: vscode.Uri; fix: Fix }>();
  return [
    lensChanged,
    controller.onDidUpdate(() => lensChanged.fire()),
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems(document, position) {
          const m = model(controller, document);
          if (!m) return undefined;
          const line = document.lineAt(position.line).text.slice(0, position.character);
          const doc = m.document;
          const outside = !doc.blocks.some((b) => position.line >= b.range.start.line && position.line <= b.range.end.line) && !(doc.frontMatter && position.line <= doc.frontMatter.span.closeLine);
          const extra = outside && /^\s*\w*$/.test(line) ? skeletons : [];
          const items = complete(m, toPosition(position)).map((c) => {
            const item = new vscode.CompletionItem(c.description ? { label: c.label, description: c.description } : c.label, KIND[c.kind]);
            item.detail = c.detail;
            if (c.documentation) item.documentation = markdown(c.documentation);
            item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
            item.range = new vscode.Range(position.translate(0, -Math.min(c.replaceLength, position.character)), position);
            if (c.sortText) item.sortText = c.sortText;
            if (c.filterText) item.filterText = c.filterText;
            return item;
          });
          // Incomplete: VS Code asks again on every keystroke, so an item equal to what is typed
          // (```risk, `likelihood: low`) is gone before Enter and Enter starts a new line.
          return new vscode.CompletionList([...extra, ...items], true);
        },
      },
      // No backtick: typing ``` must not open a list that the Enter after ```risk would accept.
      ':',
      ' ',
      '-',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const m = model(controller, document);
        const h = m && hover(m, toPosition(position));
        return h ? new vscode.Hover(markdown(h.contents), toRange(h.range)) : undefined;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, {
      provideDocumentSymbols(document) {
        const m = model(controller, document);
        if (!m) return undefined;
        const convert = (s: DocumentSymbol): vscode.DocumentSymbol => {
          const v = new vscode.DocumentSymbol(s.name, s.detail, SYMBOL[s.kind], toRange(s.range), toRange(s.selectionRange));
          v.children = s.children.map(convert);
          return v;
        };
        return documentSymbols(m).map(convert);
      },
    }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, {
      provideFoldingRanges(document) {
        const m = model(controller, document);
        return m ? foldingRanges(m.document).map((f) => new vscode.FoldingRange(f.start, f.end)) : undefined;
      },
    }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensChanged.event,
      provideCodeLenses(document) {
        if (!codeLensEnabled(document.uri)) return [];
        const m = model(controller, document);
        if (!m) return undefined;
        return riskLenses(m).map((l) => new vscode.CodeLens(toRange(l.range), { title: lensTitle(l.title), command: '' }));
      },
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        provideCodeActions(document, _range, context) {
          if (!isDpiaDocument(document)) return undefined;
          const actions: vscode.CodeAction[] = [];
          for (const vd of context.diagnostics) {
            const d = controller.coreDiagnostic(vd); // the core diagnostic it was made from
            for (const fix of d?.fixes ?? []) {
              const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              a.diagnostics = [vd];
              a.isPreferred = fix.preferred;
              if (fix.choice) a.command = { title: fix.title, command: CHOICE_COMMAND[fix.choice], arguments: [document.uri, d!.block] };
              else if (fix.resolve) unresolved.set(a, { uri: document.uri, fix });
              else a.edit = toWorkspaceEdit(document.uri, fix.edits, fix.snippet);
              actions.push(a);
            }
          }
          return actions;
        },
        resolveCodeAction(a) {
          const pending = unresolved.get(a);
          if (pending) a.edit = toWorkspaceEdit(pending.uri, controller.service.resolveFix(pending.uri.toString(), pending.fix).edits);
          return a;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  ];
}
