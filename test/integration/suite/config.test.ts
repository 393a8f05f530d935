// Issue 14a: the editor applies the same .dpia.yaml files as `dpia check` (nearest wins, up to the
// workspace folder) and leaves out the same ignored files: the extension's diagnostics equal the
// CLI's JSON output for the documents under nested/.
import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { activate, codeOf, diagnosticsWhen, workspaceFile } from './helpers';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint };
const NESTED = ['nested/top.dpia.md', 'nested/team/team.dpia.md', 'nested/team/deep/deep.dpia.md'];

interface CliDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

/** `dpia check --format json nested`, run by the extension's own CLI bundle in the workspace folder (asynchronously: the extension host keeps running). */
async function cliVerdict(): Promise<Record<string, string[]>> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant');
  if (!ext) throw new Error('the DPIA Assistant extension is not loaded');
  const cwd = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const r = await new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
    const args = [join(ext.extensionPath, 'dist', 'cli.js'), 'check', '--format', 'json', '--lang', 'en', 'nested'];
    execFile(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 60_000 }, (e, stdout, stderr) => done({ status: e ? Number((e as { code?: unknown }).code ?? -1) : 0, stdout, stderr }));
  });
  assert.ok(r.status === 0 || r.status === 1, `dpia check: ${r.status} ${r.stderr}`);
  const json = JSON.parse(r.stdout) as { files: { path: string; diagnostics: CliDiagnostic[] }[] };
  return Object.fromEntries(json.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.line}:${d.column} ${SEVERITY[d.severity]} ${d.code} ${d.message}`).sort()]));
}

const shown = (d: vscode.Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${codeOf(d)} ${d.message}`;

describe('one configuration for editor and CLI (nested .dpia.yaml)', () => {
  before(activate);

  it('the diagnostics of every nested document equal dpia check --format json', async function () {
    this.timeout(120_000); // a CLI run and three documents opened, on a loaded machine
    const cli = await cliVerdict();
    assert.deepEqual(Object.keys(cli).sort(), [...NESTED].sort(), 'the CLI leaves nested/build/ out (.gitignore)');
    for (const name of NESTED) {
      const uri = workspaceFile(name);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ds = await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'risk.unmitigated-high'));
      assert.deepEqual(ds.map(shown).sort(), cli[name], name);
    }
    // The configurations differ by folder: a warning at the top, info below team/ (the nearer file wins).
    const sev = (name: string) => vscode.languages.getDiagnostics(workspaceFile(name)).find((d) => codeOf(d) === 'risk.unmitigated-high')?.severity;
    assert.equal(sev('nested/top.dpia.md'), vscode.DiagnosticSeverity.Warning);
    assert.equal(sev('nested/team/deep/deep.dpia.md'), vscode.DiagnosticSeverity.Information);
  });

  it('VS Code settings are layered on top of the configuration file', async () => {
    const uri = workspaceFile('nested/team/team.dpia.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.workspace.getConfiguration('dpia').update('rules', { 'risk.unmitigated-high': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      const ds = await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'risk.unmitigated-high' && x.severity === vscode.DiagnosticSeverity.Error));
      // risk.residual-missing stays off: the file's other setting still applies.
      assert.ok(!ds.some((d) => codeOf(d) === 'risk.residual-missing'), ds.map(shown).join('\n'));
    } finally {
      await vscode.workspace.getConfiguration('dpia').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('an invalid .dpia.yaml is a located error on that file; fixing it applies it again', async () => {
    const config = workspaceFile('nested/team/.dpia.yaml');
    const original = await vscode.workspace.fs.readFile(config);
    const uri = workspaceFile('nested/team/team.dpia.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    try {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('rules:\n  risk.unmitigated-high: loud\n'));
      const problems = await diagnosticsWhen(config, (d) => d.length > 0);
      assert.equal(problems[0].range.start.line, 1);
      assert.equal(problems[0].range.start.character, 25);
      assert.match(problems[0].message, /expected a severity: error, warning, info, hint, off/);
      // Checked without it meanwhile: the default severity (error).
      await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'risk.unmitigated-high' && x.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await diagnosticsWhen(config, (d) => d.length === 0);
    await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'risk.unmitigated-high' && x.severity === vscode.DiagnosticSeverity.Information));
  });
});
