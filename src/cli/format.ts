import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { Diagnostic, TextEdit } from '../core/index';
import type { Log, ReportingDescriptor } from 'sarif';
import { CODES, ruleAnchor } from '../core/index';

export interface FileReport {
  path: string;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarise(reports: FileReport[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const r of reports)
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  return { files: reports.length, errors, warnings };
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\x1b': '\\x1b', '\x07': '\\x07', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
// C0 controls except tab, DEL, C1 controls, line/paragraph separators, bidi marks, embeddings, overrides and isolates.
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Document text shown in a terminal or log: control characters become visible escapes (`\x1b`, `\n`,
 * `\u2028`, `\u202e`), so a document cannot move the cursor, ring, recolour, forge or erase log lines,
 * or reorder what is shown.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };

/** `path:line:column severity code message`, one per line (control characters escaped), then a summary. */
export function formatText(reports: FileReport[], color: boolean): string {
  const paint = (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of reports)
    for (const d of r.diagnostics) {
      const pos = `${escapeControls(r.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${color ? `\x1b[1m${pos}\x1b[0m` : pos} ${paint(d.severity, COLORS[d.severity])} ${paint(d.code, '\x1b[2m')} ${escapeControls(d.message)}`);
    }
  const s = summarise(reports);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const verdict = `${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
  lines.push((lines.length ? '\n' : '') + paint(verdict, s.errors ? COLORS.error : s.warnings ? COLORS.warning : '\x1b[32m'));
  return lines.join('\n') + '\n';
}

/** Fix edits in the same 1-based, end-exclusive coordinates as the diagnostics. */
function jsonEdit(e: TextEdit) {
  return { line: e.range.start.line + 1, column: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1, newText: e.newText };
}

/** The documented JSON shape: 1-based lines and columns; end column exclusive. */
export function formatJson(reports: FileReport[]): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: reports.map((r) => ({
          path: r.path,
          diagnostics: r.diagnostics.map((d) => ({
            code: d.code,
            severity: d.severity,
            message: d.message,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            block: d.block,
            ...(d.fixes?.some((f) => f.edits.length) ? { fixes: d.fixes.filter((f) => f.edits.length).map((f) => ({ title: f.title, edits: f.edits.map(jsonEdit) })) } : {}),
          })),
        })),
        summary: summarise(reports),
      },
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
export const README_URL = 'https://github.com/dpia-assistant/dpia-assistant#rules';

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
export function formatSarif(reports: FileReport[], version: string): string {
  const codes = [...CODES.entries()];
  const index = new Map(codes.map(([c], i) => [c, i]));
  const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'dpia',
                semanticVersion: version,
                informationUri: README_URL.replace('#rules', ''),
                rules: codes.map(([code, { severity, rule }]): ReportingDescriptor => ({
                  id: code,
                  name: code.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
                  shortDescription: { text: rule.description.en },
                  fullDescription: { text: rule.description.en },
                  helpUri: `${README_URL.replace('#rules', '')}#${ruleAnchor(code)}`,
                  defaultConfiguration: { level: SARIF_LEVEL[severity] },
                })),
              },
            },
            columnKind: 'utf16CodeUnits',
            results: reports.flatMap((r) =>
              r.diagnostics.map((d) => ({
                ruleId: d.code,
                ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
                level: SARIF_LEVEL[d.severity],
                // Code-scanning views show this text: the same visible escapes as the text output.
                message: { text: escapeControls(d.message) },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: isAbsolute(r.path) ? { uri: pathToFileURL(r.path).href } : { uri: encodeURI(r.path.split('\\').join('/')), uriBaseId: '%SRCROOT%' },
                      region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                    },
                  },
                ],
              })),
            ),
          },
        ],
      };
  return JSON.stringify(log, null, 2) + '\n';
}
