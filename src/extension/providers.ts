import vscode = require('vscode');
import { readFileSync } from 'node:fs';
import { complete, documentSymbols, featureEnv, foldingRanges, hover, riskLenses, type DpiaDocument, type FeatureEnv } from '../core/index';
import { isDpiaDocument, SELECTOR } from './documents';
import { toPosition, toRange, toWorkspaceEdit } from './convert';
import { optionsFor, codeLensEnabled } from './settings';
import type { DiagnosticsController } from './diagnostics';

/** The parsed model and feature environment of an open DPIA document, refreshed on demand. */
function model(controller: DiagnosticsController, doc: vscode.TextDocument): { doc: DpiaDocument; env: FeatureEnv } | undefined {
  if (!isDpiaDocument(doc)) return undefined;
  const service = controller.service(doc.uri);
  let parsed = service.document(doc.uri.toString());
  if (!parsed || parsed.text !== doc.getText().replace(/^\uFEFF/, '')) {
    controller.run(doc);
    parsed = service.document(doc.uri.toString());
  }
  return parsed ? { doc: parsed, env: featureEnv(parsed, { ...optionsFor(doc.uri), uri: doc.uri.toString() }) } : undefined;
}

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
  risk: vscode.SymbolKind.Event,
  measure: vscode.SymbolKind.Method,
  transfer: vscode.SymbolKind.Interface,
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
          const outside = !m.doc.blocks.some((b) => position.line >= b.range.start.line && position.line <= b.range.end.line) && !(m.doc.frontMatter && position.line <= m.doc.frontMatter.span.closeLine);
          const extra = outside && /^\s*\w*$/.test(line) ? skeletons : [];
          return [...extra, ...complete(m.doc, toPosition(position), m.env).map((c) => {
            const item = new vscode.CompletionItem(c.label, KIND[c.kind]);
            item.detail = c.detail;
            if (c.documentation) item.documentation = markdown(c.documentation);
            item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
            item.range = new vscode.Range(position.translate(0, -Math.min(c.replaceLength, position.character)), position);
            return item;
          })];
        },
      },
      ':',
      ' ',
      '-',
      '`',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const m = model(controller, document);
        const h = m && hover(m.doc, toPosition(position), m.env);
        return h ? new vscode.Hover(markdown(h.contents), toRange(h.range)) : undefined;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, {
      provideDocumentSymbols(document) {
        const m = model(controller, document);
        if (!m) return undefined;
        return documentSymbols(m.doc, m.env).map((s) => new vscode.DocumentSymbol(s.name, s.detail, SYMBOL[s.kind], toRange(s.range), toRange(s.selectionRange)));
      },
    }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, {
      provideFoldingRanges(document) {
        const m = model(controller, document);
        return m ? foldingRanges(m.doc).map((f) => new vscode.FoldingRange(f.start, f.end)) : undefined;
      },
    }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensChanged.event,
      provideCodeLenses(document) {
        if (!codeLensEnabled(document.uri)) return [];
        const m = model(controller, document);
        if (!m) return undefined;
        return riskLenses(m.doc, m.env).map((l) => new vscode.CodeLens(toRange(l.range), { title: lensTitle(l.title), command: '' }));
      },
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        provideCodeActions(document, range, context) {
          if (!isDpiaDocument(document)) return undefined;
          const actions: vscode.CodeAction[] = [];
          for (const d of controller.coreDiagnostics(document.uri)) {
            const dr = toRange(d.range);
            if (!dr.intersection(range) && !context.diagnostics.some((v) => v.range.isEqual(dr))) continue;
            const vd = context.diagnostics.find((v) => v.range.isEqual(dr) && (v.code as { value?: string })?.value === d.code);
            for (const fix of d.fixes ?? []) {
              const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              if (vd) a.diagnostics = [vd];
              a.isPreferred = fix.preferred;
              if (fix.command) a.command = { title: fix.title, command: fix.command, arguments: [document.uri, d.block] };
              else a.edit = toWorkspaceEdit(document.uri, fix.edits);
              actions.push(a);
            }
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  ];
}
