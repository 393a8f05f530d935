// "DPIA: Compare risk register with…" (issue 17, part 2): the review diff in the editor, against
// another file and against a git revision (VS Code's git extension), shown in the Markdown preview.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vscode = require('vscode');
import { activate, open, workspaceFile } from './helpers';

const untitledWith = (text: RegExp) => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.languageId === 'markdown' && text.test(d.getText()));

describe('compare the risk register with an earlier version', () => {
  before(activate);

  it('against another file: a Markdown diff in an untitled document, shown in the preview', async () => {
    const editor = await open('high.dpia.md');
    const md = await vscode.commands.executeCommand<string>('dpia.compareRegister', editor.document.uri, { file: workspaceFile('high-v0.md') });
    assert.match(md, /^### Risk register changes: Integration fixture$/m);
    assert.match(md, /\| R1 \| Title changed \| Medium and unmitigated \| High and unmitigated \|/);
    assert.match(md, /\| R1 High and unmitigated \| Inherent level \| low \| high ↑ \|/);
    assert.match(md, /\| R0 Dropped since \| Risk removed \|/);
    assert.ok(untitledWith(/Risk register changes: Integration fixture/), 'the diff is open as Markdown');
    const previewOpen = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)));
    // The preview's tab opens after the command returns: wait for the tab event, never a sleep.
    await new Promise<void>((resolve) => {
      if (previewOpen()) return resolve();
      const sub = vscode.window.tabGroups.onDidChangeTabs(() => previewOpen() && (sub.dispose(), resolve()));
    });
    assert.ok(previewOpen(), 'the Markdown preview shows it');
  });

  it('against a git revision, through the built-in git extension', async function () {
    const git = vscode.extensions.getExtension<{ getAPI(v: 1): { getRepository(u: vscode.Uri): unknown; onDidOpenRepository: vscode.Event<unknown> } }>('vscode.git');
    if (!git) this.skip();
    // A repository of its own outside the fixture workspace (whose file count other tests rely on).
    const root = mkdtempSync(join(tmpdir(), 'dpia-compare-git-'));
    const file = join(root, 'g.dpia.md');
    const doc = (level: string) => `---\ntype: dpia\ntitle: Git fixture\n---\n\n\`\`\`risk\nid: G1\ntitle: In git\nlikelihood: ${level}\nimpact: high\n\`\`\`\n`;
    writeFileSync(file, doc('low'));
    const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
    run('init', '-q');
    run('add', '.');
    run('commit', '-q', '-m', 'v1');
    writeFileSync(file, doc('high'));
    const api = (await git!.activate()).getAPI(1);
    const uri = vscode.Uri.file(file);
    // The git extension knows the repository once it fires onDidOpenRepository for it (no polling).
    const known = new Promise<void>((resolve) => {
      if (api.getRepository(uri)) return resolve();
      const sub = api.onDidOpenRepository(() => api.getRepository(uri) && (sub.dispose(), resolve()));
    });
    await vscode.commands.executeCommand('git.openRepository', root);
    await known;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const md = await vscode.commands.executeCommand<string | undefined>('dpia.compareRegister', uri, { ref: 'HEAD' });
    assert.match(md ?? '', /\| G1 In git \| Inherent level \| low \| high ↑ \|/);
    assert.match(md ?? '', /^HEAD\\:.*g\.dpia\.md → .*g\.dpia\.md$/m);
  });
});
