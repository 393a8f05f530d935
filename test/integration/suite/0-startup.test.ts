import * as assert from 'node:assert/strict';
import vscode = require('vscode');
import { activate, diagnosticsWhen, hasCode, workspaceFile } from './helpers';

// Runs first (file order): how soon after the folder opens do DPIA files that are not open get
// their diagnostics? One file search, then one file per turn; the bound is generous for a loaded machine.
describe('workspace diagnostics at startup', () => {
  it('appear within a few seconds of activation, after one file search', async () => {
    await activate();
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'dpia-assistant')!;
    const scan = await (ext.exports as { workspaceScan: Promise<{ files: number; ms: number }> }).workspaceScan;
    console.log(`    workspace scan: ${scan.files} files in ${scan.ms} ms (extension host up ${Math.round(process.uptime())} s)`);
    assert.ok(scan.files >= 8, `${scan.files} files checked`);
    assert.ok(scan.ms < 10_000, `the first workspace check took ${scan.ms} ms`);
    await diagnosticsWhen(workspaceFile('closed.dpia.md'), hasCode('acceptance.expired'));
  });
});
