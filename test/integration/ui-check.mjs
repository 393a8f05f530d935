// End-to-end UI check: the packaged .vsix is installed in code-server (see run-code-server.mjs --ui);
// open the fixture workspace, open high.dpia.md from the Explorer, open the Problems panel and check
// that it shows risk.unmitigated-high and that the editor has an error squiggle. Saves screenshots.
// Then the typing checks of ui-typing.mjs. Screenshots for the README go to images/screenshots/ too.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepare, typing } from './ui-typing.mjs';
import { registerView } from './ui-register.mjs';
import { exportOpen, notifications } from './ui-notifications.mjs';

const SHOTS = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'images', 'screenshots');

export async function run(page, base, workspace, outDir) {
  mkdirSync(SHOTS, { recursive: true });
  page.setDefaultTimeout(120_000); // a loaded machine opens files slowly
  const shot = async (name, readme) => {
    await page.screenshot({ path: join(outDir, name) }).catch(() => {});
    if (readme) await page.screenshot({ path: join(SHOTS, name) }).catch(() => {});
  };
  try {
    prepare(workspace);
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { timeout: 180_000 });
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'high.dpia.md' });
    await row.first().waitFor({ timeout: 90_000 });
    await row.first().click();
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 120_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Integration fixture' }).first().click();
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.getByText('risk.unmitigated-high').first().waitFor({ timeout: 120_000 });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 120_000 });
    await shot('problems-panel.png');
    console.log('ui-check: the Problems panel shows risk.unmitigated-high (screenshot: .test-output/problems-panel.png)');

    // The Markdown preview renders risk cards (webview: wait inside its frames).
    const features = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'features.dpia.md' });
    await features.first().click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'title: Features' }).first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    const card = page.frameLocator('iframe.webview').frameLocator('iframe').locator('.dpia-card');
    await card.first().waitFor({ timeout: 120_000 });
    await page.frameLocator('iframe.webview').frameLocator('iframe').locator('.dpia-level').first().waitFor({ state: 'visible' });
    await shot('markdown-preview.png', true);
    console.log('ui-check: the Markdown preview shows risk cards (screenshot: .test-output/markdown-preview.png)');

    // Hover on a measure id shows its title and source.
    const measure = page.locator('.monaco-editor .view-line span', { hasText: 'M365-DKE' }).first();
    await measure.hover();
    const hover = page.locator('.monaco-hover', { hasText: 'Source:' });
    await hover.first().waitFor({ state: 'visible', timeout: 120_000 });
    await shot('hover.png', true);
    console.log('ui-check: hovering a measure id shows its source (screenshot: .test-output/hover.png)');

    await page.keyboard.press('Escape');

    await registerView(page, workspace, shot);

    await typing(page, workspace, outDir, SHOTS);

    await exportOpen(page, workspace, shot);

    await notifications(page, shot);
    return 0;
  } catch (e) {
    await shot('ui-check-failure.png');
    console.error(`ui-check failed: ${e.message} (screenshot: .test-output/ui-check-failure.png)`);
    return 1;
  }
}
