import type { Log, ReportingDescriptor, Result } from 'sarif';
import { CODES, ruleAnchor, type Severity } from '../../core/index';
import { HOME_URL, type FileReport } from './report';
import { escapeControls } from './text';
import { fingerprints } from './fingerprint';
import { artifactLocation, baseUri } from './location';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub's `problem.severity`: how code scanning ranks an alert. */
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = { error: 'error', warning: 'warning', info: 'recommendation', hint: 'recommendation' };

/** What each code of a rule with several codes means, so every code has its own full description. */
const CODE_DETAIL: Record<string, string> = {
  'schema.required': 'This code: a required key is missing.',
  'schema.unknown-key': 'This code: a key the schema does not know.',
  'schema.enum': 'This code: a value outside the allowed values.',
  'schema.type': 'This code: a value of the wrong type.',
  'schema.format': 'This code: a value in the wrong format (e.g. not a date).',
  'schema.pattern': 'This code: a value that does not match the expected pattern.',
  'schema.empty': 'This code: an empty value where one is required.',
  'schema.invalid': 'This code: a block or front matter that is not a YAML mapping.',
  'matrix.invalid': 'This code: the matrix cannot be loaded or is invalid.',
  'catalogue.invalid': 'This code: a measure catalogue cannot be loaded or is invalid.',
};

/** Markdown to plain text for `help.text`: code spans and links lose their marks. */
function plain(md: string): string {
  return md.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}

/** The rules of the SARIF driver: every code, with its help (from the rule documentation) and properties. */
export function sarifRules(): ReportingDescriptor[] {
  return [...CODES.entries()].map(([code, { severity, rule }]) => {
    const multi = (rule.codes?.length ?? 0) > 1;
    const full = multi ? `${rule.description.en} ${CODE_DETAIL[code] ?? `This code: ${code}.`}` : rule.description.en;
    const helpUri = `${HOME_URL}#${ruleAnchor(code)}`;
    return {
      id: code,
      name: code.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.description.en },
      fullDescription: { text: full },
      help: {
        text: `${full}\n\n${plain(rule.docs)}\n\nDefault severity: ${severity}. Documentation: ${helpUri}`,
        markdown: `**${code}** (default severity: ${severity})\n\n${full}\n\n${rule.docs}\n\n[Documentation](${helpUri})`,
      },
      helpUri,
      defaultConfiguration: { level: SARIF_LEVEL[severity] },
      properties: { tags: ['dpia', ...rule.tags], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[severity] },
    };
  });
}

export interface SarifOptions {
  version: string;
  /** The folder URIs are relative to (SRCROOT): the repository root or --base. */
  base: string;
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: URIs relative to SRCROOT (the base
 * folder, in `originalUriBaseIds`), fingerprints that survive unrelated edits, and files that could
 * not be read as tool execution notifications (the run then did not succeed).
 */
export function formatSarif(reports: FileReport[], o: SarifOptions): string {
  const rules = sarifRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const where = (r: FileReport) => artifactLocation(o.base, r.abs ?? r.path);
  const results: Result[] = reports.flatMap((r) => {
    const prints = fingerprints(r);
    return r.diagnostics.map((d, i): Result => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
      level: SARIF_LEVEL[d.severity],
      // Code-scanning views show this text: the same visible escapes as the text output.
      message: { text: escapeControls(d.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: where(r),
            region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
          },
        },
      ],
      partialFingerprints: { 'dpiaDiagnostic/v1': prints[i] },
    }));
  });
  const unreadable = reports.filter((r) => r.error !== undefined);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dpia', semanticVersion: o.version, informationUri: HOME_URL, rules } },
        originalUriBaseIds: { SRCROOT: { uri: baseUri(o.base) } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({
              level: 'error' as const,
              message: { text: `${escapeControls(r.path)}: ${escapeControls(r.error!)}` },
              locations: [{ physicalLocation: { artifactLocation: where(r) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
