import * as assert from 'node:assert/strict';
import { openActions } from '../../../src/extension/open-choice';

describe('"Open" after an export', () => {
  it('uses the system viewer and file manager only in desktop VS Code on a local file', () => {
    assert.deepEqual(openActions({ web: false, remoteName: undefined, scheme: 'file' }), { open: 'openExternal', reveal: 'revealFileInOS' });
  });
  it('opens in an editor tab and reveals in the Explorer in browser-based VS Code, a remote window or another file system', () => {
    for (const c of [{ web: true, remoteName: undefined, scheme: 'file' }, { web: false, remoteName: 'ssh-remote', scheme: 'file' }, { web: false, remoteName: undefined, scheme: 'vscode-vfs' }])
      assert.deepEqual(openActions(c), { open: 'vscode.open', reveal: 'revealInExplorer' }, JSON.stringify(c));
  });
});
