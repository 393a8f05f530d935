import type { Severity } from '../../core/index';
import type { FileReport } from './report';
import { escapeControls } from './text';
import { fingerprints } from './fingerprint';
import { relativeTo } from './location';

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * A GitLab Code Quality report (a JSON array of issues: description, check_name, fingerprint,
 * severity, location.path relative to the repository root, location.lines.begin). A file that could
 * not be read is one `file.unreadable` issue on its line 1.
 */
export function formatGitlab(reports: FileReport[], base: string): string {
  const issues = reports.flatMap((r) => {
    const path = (r.abs && relativeTo(base, r.abs)) ?? r.path.split('\\').join('/');
    if (r.error !== undefined)
      return [{ description: `Could not be checked: ${escapeControls(r.error)}`, check_name: 'file.unreadable', fingerprint: fingerprints({ ...r, diagnostics: [{ code: 'file.unreadable', severity: 'error', message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, block: null }] })[0], severity: 'major' as const, location: { path, lines: { begin: 1 } } }];
    const prints = fingerprints(r);
    return r.diagnostics.map((d, i) => ({
      description: escapeControls(d.message),
      check_name: d.code,
      fingerprint: prints[i],
      severity: GITLAB_SEVERITY[d.severity],
      location: { path, lines: { begin: d.range.start.line + 1 } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
