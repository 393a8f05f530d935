/** DPIA Assistant language service: editor-independent; never imports `vscode`. */
export { check, runRules, resolveResources, isoToday, type CheckOptions } from './check';
export { createService, type DpiaService } from './service';
export type { Diagnostic, Fix, Severity, SeveritySetting, TextEdit } from './diagnostics';
export type { Position, Range } from './text/lines';
export { parseDocument, typeFromName, type DpiaDocument, type Block } from './model/document';
export { ParseCache } from './parse/block-source';
export { RULES, CODES, ruleAnchor } from './rules/index';
export { builtinMatrix, parseMatrix, BUILTIN_MATRIX_TEXTS, Matrix } from './model/matrix';
export { builtinCatalogue, parseCatalogue, MeasureIndex } from './catalogue/catalogue';
export { assessRisks, type RiskAssessment } from './model/assess';
export { scanFences, type FenceBlock } from './parse/fences';
export { applyEdits } from './edits/apply';
export { featureEnv, measureMarkdown, type FeatureEnv } from './features/environment';
export { complete, type CompletionItem } from './features/completion';
export { hover, riskSummary, type Hover } from './features/hover';
export { documentSymbols, foldingRanges, type DocumentSymbol } from './features/symbols';
export { riskLenses, type Lens } from './features/codelens';
export { yamlContext } from './features/yaml-context';
