// UI checks of what the user sees after long commands (issue 15), clicked as a user does:
//   "DPIA: Check all DPIA files in workspace": the "Checking DPIA files" progress notification
//      closes and the summary ("N DPIA files checked: …") shows.
//   "DPIA: Export document…" → HTML → the save dialog's proposed name: the "Saved …" notification's
//      "Open" button opens the exported file in browser-based VS Code (vscode.open, not the OS).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a command from the command palette (F1), choosing the row with exactly `title`. */
async function palette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

export async function notifications(page, shot) {
  await palette(page, 'DPIA: Check all DPIA files in workspace');
  // The summary may come and go as a toast before it is looked at: read the notification centre,
  // which keeps every notification (a finished progress notification is removed from it).
  await page.waitForTimeout(3000);
  await palette(page, 'Notifications: Show Notifications');
  const centre = (text) => page.locator('.notifications-center .notification-list-item', { hasText: text });
  await centre(/\d+ DPIA files checked: \d+ errors, \d+ warnings\./).first().waitFor({ timeout: 120_000 });
  if (await centre('Checking DPIA files').count()) throw new Error('the "Checking DPIA files" notification is still there after the check finished');
  await shot('check-all-done.png');
  console.log('ui-check: "Check all DPIA files" removes its progress notification and shows the summary (screenshot: .test-output/check-all-done.png)');
  await palette(page, 'Notifications: Clear All Notifications');
}

export async function exportOpen(page, workspace, shot) {
  const dest = join(workspace, 'high.dpia.html');
  rmSync(dest, { force: true }); // no "replace the file?" question in between
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^high\.dpia\.md/ }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: 'high.dpia.md' }).waitFor({ timeout: 60_000 });
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await palette(page, 'DPIA: Export document (PDF, Word, HTML)…');
  const html = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'HTML' });
  await html.first().waitFor({ timeout: 20_000 });
  await html.first().click();
  // The save dialog (VS Code's own in the browser): the proposed name is the document's, as HTML.
  const input = page.locator('.quick-input-widget input');
  await page.waitForFunction(() => /high\.dpia\.html$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), undefined, { timeout: 30_000 });
  const proposed = await input.inputValue();
  await page.keyboard.press('Enter');
  for (let waited = 0; !existsSync(dest); waited += 250) {
    if (waited > 120_000) throw new Error(`the export did not write ${dest} (the dialog proposed ${proposed})`);
    await page.waitForTimeout(250);
  }
  // The notification as the user sees it: a toast (the notification centre is closed at this point).
  const saved = page.locator('.notification-toast .notification-list-item', { hasText: 'Saved high.dpia.html' });
  await saved.first().waitFor({ timeout: 30_000 }).catch(async (e) => {
    const seen = await page.evaluate(() => [...document.querySelectorAll('.notification-list-item')].map((n) => n.textContent).join(' | '));
    throw new Error(`no "Saved high.dpia.html" toast: ${e.message}; notifications: ${seen || 'none'}`);
  });
  await saved.first().locator('.monaco-button', { hasText: /^Open$/ }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'high.dpia.html' }).waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: '<!DOCTYPE html>' }).first().waitFor({ timeout: 60_000 });
  await shot('export-open.png');
  console.log(`ui-check: "Export document…" as HTML to the proposed ${proposed.split('/').pop()}; "Open" on the "Saved" toast opens it in the editor (screenshot: .test-output/export-open.png)`);
  await palette(page, 'View: Close Editor');
  rmSync(dest, { force: true });
}
