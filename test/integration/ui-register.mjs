// UI check of the "DPIA Register" view (issue 18), clicked as a user does: the view is in the Explorer,
// a document row expands to its risks (its twistie; a click on the row opens the document), a click on a
// risk opens the document at its block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Screenshot for the README: images/screenshots/register-view.png.

/** The Explorer pane whose header is the view `title`. */
const pane = (page, title) => page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: title }) });

export async function registerView(page, workspace, shot) {
  const view = pane(page, 'DPIA Register');
  const header = view.locator('.pane-header').first();
  await header.waitFor({ timeout: 120_000 });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  // The folder, Outline and Timeline sections collapsed and the panel closed, so the register has room
  // (its list renders only the rows in view).
  for (const other of ['workspace', 'Outline', 'Timeline']) {
    const h = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${other}`, 'i') }).first();
    if ((await h.count()) && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
  }
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
  const doc = view.locator('.monaco-list-row', { hasText: 'Integration fixture' }).first();
  await doc.waitFor({ timeout: 120_000 });
  // A click on the row opens the document; the twistie expands it to its risks.
  await doc.locator('.monaco-tl-twistie').click();
  const risk = view.locator('.monaco-list-row', { hasText: 'R1 High and unmitigated' }).first();
  await risk.waitFor({ timeout: 30_000 });
  await risk.click();
  // The editor shows high.dpia.md with the cursor on the risk block's fence.
  await page.locator('.tab.active', { hasText: 'high.dpia.md' }).first().waitFor({ timeout: 30_000 });
  // The cursor's line from the status bar ("Ln 7, Col 1"), checked against the file itself.
  const position = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
  await position.waitFor({ timeout: 30_000 });
  const ln = Number(/^Ln (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  const line = readFileSync(join(workspace, 'high.dpia.md'), 'utf8').split('\n')[ln - 1];
  if (line !== '```risk') throw new Error(`the register's "go to" left the cursor on line ${ln} (${JSON.stringify(line)}), not the risk block`);
  // For the picture: the side bar wider (its sash dragged), so the descriptions show; then back.
  const sash = await page.locator('.part.sidebar').boundingBox();
  const drag = async (from, to) => {
    await page.mouse.move(from, 450);
    await page.mouse.down();
    await page.mouse.move(to, 450, { steps: 8 });
    await page.mouse.up();
  };
  if (sash) await drag(sash.x + sash.width + 1, sash.x + sash.width + 330);
  await page.mouse.move(1000, 700); // no tooltip over the tree
  await page.waitForTimeout(600);
  await shot('register-view.png', true);
  if (sash) await drag(sash.x + sash.width + 331, sash.x + sash.width + 1);
  // The folders section open again for the checks that follow (they click files in it).
  const folders = page.locator('.pane-header', { hasText: /^\s*workspace/i }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'false') await folders.click();
  console.log('ui-check: the DPIA Register view lists the documents; a click on a risk opens it at the block (screenshot: .test-output/register-view.png)');
}
