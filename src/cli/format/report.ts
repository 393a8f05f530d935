import type { Diagnostic } from '../../core/index';

/** One checked file for the formatters: its path as shown, its diagnostics, and why it could not be checked. */
export interface FileReport {
  path: string;
  /** The absolute path: SARIF and GitLab paths are made relative to the base folder from it. */
  abs?: string;
  diagnostics: Diagnostic[];
  /** Why the file could not be read (or written by --fix); then `diagnostics` is empty. */
  error?: string;
  /** The file's text, when known: SARIF fingerprints use it to name the key a diagnostic is on. */
  text?: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

/** Files checked (unreadable ones not counted), errors and warnings. */
export function summarise(reports: FileReport[]): Summary {
  let errors = 0;
  let warnings = 0;
  let files = 0;
  for (const r of reports) {
    if (r.error === undefined) files++;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { files, errors, warnings };
}

export const README_URL = 'https://github.com/dpia-assistant/dpia-assistant#rules';
export const HOME_URL = README_URL.replace('#rules', '');
