import type { TextEdit } from '../../core/index';
import { summarise, type FileReport } from './report';

/** Fix edits in the same 1-based, end-exclusive coordinates as the diagnostics. */
function jsonEdit(e: TextEdit) {
  return { line: e.range.start.line + 1, column: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1, newText: e.newText };
}

/**
 * The documented JSON shape: 1-based lines and columns; end column exclusive. A file that could not
 * be read has no diagnostics and an `errors` list saying why.
 */
export function formatJson(reports: FileReport[]): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: reports.map((r) => ({
          path: r.path,
          ...(r.error !== undefined ? { errors: [r.error] } : {}),
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
