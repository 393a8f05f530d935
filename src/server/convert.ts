// Core results as LSP values: pure functions, shared by the language server and its tests.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem as LspCompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type FoldingRange,
  type Hover as LspHover,
  type Position,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver-protocol';
import type { CompletionItem, Diagnostic, DocumentSymbol, Fix, Hover, Lens, Severity, TextEdit } from '../core/index';
import { ruleAnchor } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a published diagnostic carries in `data`: its fixes as plain data (LSP 3.16 `data`, returned to us in codeAction requests). */
export interface DiagnosticData {
  fixes: Fix[];
}

/** A core diagnostic as an LSP diagnostic; its fixes travel in `data`; the code links to the rule's section of `readme` when given. */
export function toLspDiagnostic(d: Diagnostic, readme?: string): LspDiagnostic {
  const out: LspDiagnostic = { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'dpia', message: d.message };
  if (readme) out.codeDescription = { href: `${readme}#${ruleAnchor(d.code)}` };
  if (d.fixes?.length) out.data = { fixes: d.fixes } satisfies DiagnosticData;
  return out;
}

/** The fixes a diagnostic sent back by the client carries (anything else in `data` is ignored). */
export function fixesOf(d: LspDiagnostic): Fix[] {
  const fixes = (d.data as Partial<DiagnosticData> | undefined)?.fixes;
  if (!Array.isArray(fixes)) return [];
  return fixes.filter((f): f is Fix => typeof f === 'object' && f !== null && typeof f.title === 'string' && Array.isArray(f.edits));
}

/** What an unresolved code action carries until `codeAction/resolve`. */
export interface ActionData {
  uri: string;
  fix: Fix;
}

export function toEdits(edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

/**
 * A fix as a quick fix. A costly fix (`resolve`) is left for `codeAction/resolve` when the client
 * can resolve edits (`resolveFix` is then not called); otherwise it is resolved here. A fix that
 * leaves a choice to the user carries the edit for the default choice.
 */
export function toCodeAction(uri: string, diagnostic: LspDiagnostic, fix: Fix, canResolve: boolean, resolveFix: (fix: Fix) => Fix): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (fix.preferred) action.isPreferred = true;
  if (fix.resolve && canResolve) action.data = { uri, fix } satisfies ActionData;
  else action.edit = { changes: { [uri]: toEdits((fix.resolve ? resolveFix(fix) : fix).edits) } };
  return action;
}

const KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  block: CompletionItemKind.Snippet,
};

/** A core completion as an LSP completion replacing the `replaceLength` characters before the cursor. */
export function toCompletion(c: CompletionItem, position: Position): LspCompletionItem {
  const start = { line: position.line, character: position.character - Math.min(c.replaceLength, position.character) };
  const item: LspCompletionItem = {
    label: c.label,
    kind: KIND[c.kind],
    textEdit: { range: { start, end: position }, newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (c.detail !== undefined) item.detail = c.detail;
  if (c.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  return item;
}

/** Markdown from the core (document text in it already escaped). */
export function toHover(h: Hover): LspHover {
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range };
}

const SYMBOL: Record<DocumentSymbol['kind'], SymbolKind> = {
  heading: SymbolKind.String,
  risk: SymbolKind.Event,
  measure: SymbolKind.Method,
  transfer: SymbolKind.Interface,
  data: SymbolKind.Field,
  processing: SymbolKind.Function,
  purpose: SymbolKind.Constant,
  prescan: SymbolKind.Object,
};

export function toSymbol(s: DocumentSymbol): LspDocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SYMBOL[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toSymbol) };
}

export function toFolding(f: { start: number; end: number }): FoldingRange {
  return { startLine: f.start, endLine: f.end };
}

/** A CodeLens shows its title only (no command runs: an empty command name, as clients show it as a label). */
export function toCodeLens(l: Lens): CodeLens {
  return { range: l.range, command: { title: l.title, command: '' } };
}
