/**
 * Programmatic API of the `dpia-assistant` package: the one-shot `check` and the incremental
 * language service `createService`, with their types. Everything else is internal and may change.
 */
export { check } from './core/check';
export { createService } from './core/service';
export type { DpiaService, ServiceInit } from './core/service';
export type { Analysis, CheckOptions, Environment, ReadResource, ResourceText, ResourceProblem, RiskTableState } from './core/environment';
export type { Diagnostic, Fix, FixChoice, Severity, SeveritySetting, TextEdit } from './core/diagnostics';
export type { DiagnosticCode } from './core/rules/index';
export type { Position, Range } from './core/text/lines';
