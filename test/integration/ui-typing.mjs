// UI checks that type as a user does (issue 15): the keyboard in Chromium, Enter, Ctrl+Space,
// accepting suggestions, Ctrl+. quick fixes. Called by ui-check.mjs after the workspace is open.
//   1. ```risk + Enter starts the block (no suggestion swallows the Enter); the block's body is YAML
//      (colours, Ctrl+/ comments with #).
//   2. A risk in the shape of the Teams example's R7 written in an empty file with completion and
//      quick fixes only; after every step the Problems panel shows no yaml.syntax or schema.* for it.
// Screenshots of completion and a quick fix go to images/screenshots/ (shown in the README).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const settle = (page, ms = 900) => page.waitForTimeout(ms);

/** The text of the focused editor's visible lines, in order (Monaco renders them absolutely positioned). */
async function editorLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.part.editor .monaco-editor.focused') ?? document.querySelector('.part.editor .monaco-editor');
    const rows = [...editor.querySelectorAll('.view-lines .view-line')].map((el) => ({ top: parseFloat(el.style.top), text: el.textContent.replace(/\u00a0/g, ' ') }));
    return rows.sort((a, b) => a.top - b.top).map((r) => r.text);
  });
}

/** Runs a command from the command palette (F1). */
async function command(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await settle(page, 500);
}

/** Puts the cursor at the end of the line holding `text` (the first match, found with Ctrl+F). */
async function endOfLineWith(page, text) {
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ state: 'visible', timeout: 20_000 });
  await find.fill(text);
  await settle(page, 300);
  await page.keyboard.press('Enter');
  await settle(page, 300);
  await page.keyboard.press('Escape');
  // The match is selected when the search lands, which on a loaded machine may be after a first End:
  // press End until nothing is selected, or the next Enter would replace the match.
  for (let i = 0; ; i++) {
    await page.keyboard.press('End');
    await settle(page, 250);
    const status = await page.evaluate(() => document.querySelector('.statusbar')?.textContent ?? '');
    if (!/\(\d+ selected\)/.test(status)) break;
    if (i === 10) throw new Error(`the cursor could not be put at the end of the line with "${text}" (still selected: ${status})`);
  }
}

/** On a new line below the cursor, types `word` and accepts the completion item `label` (clicked, as a user does). */
async function completeOnNewLine(page, typed, label) {
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(typed, { delay: 30 });
  await page.keyboard.press('Control+Space');
  await suggestion(page);
  // The row whose label is exactly `label` (M365-PSEUDONYMS, not M365-PSEUDONYMS-SECRET-AND-ADMINS).
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) });
  await row.first().waitFor({ timeout: 20_000 });
  await row.first().click();
  await settle(page, 300);
  if (await page.locator('.editor-widget.suggest-widget.visible').isVisible()) await page.keyboard.press('Escape');
}

/** Types text, then closes a suggestion list that typing may have opened (Enter must not accept from it). */
async function typeThenClose(page, text) {
  await page.keyboard.type(text, { delay: 5 });
  await settle(page, 300);
  if (await page.locator('.editor-widget.suggest-widget.visible').isVisible()) await page.keyboard.press('Escape');
}

/** A snippet choice placeholder: type the value over it, close the choice list, go to the next stop. */
async function choose(page, value) {
  await settle(page, 300);
  await page.keyboard.type(value, { delay: 30 });
  await settle(page, 300);
  if (await page.locator('.editor-widget.suggest-widget.visible').isVisible()) await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
}

async function openFile(page, name, hasText) {
  await command(page, 'View: Close All Editors');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  await row.first().waitFor({ timeout: 60_000 });
  await row.first().click();
  await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  if (hasText) await page.locator('.monaco-editor .view-lines', { hasText }).first().click();
  else await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await settle(page, 500);
}

/** The suggest widget is open and lists `label`. */
async function suggestion(page, label) {
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  await widget.waitFor({ state: 'visible', timeout: 20_000 });
  if (label) await widget.locator('.monaco-list-row', { hasText: label }).first().waitFor({ timeout: 20_000 });
  return widget;
}

/** Problems of one file, read from the Problems panel (filtered to that file). */
async function problemsOf(page) {
  await settle(page, 1200);
  return page.evaluate(() => document.querySelector('.markers-panel')?.textContent ?? '');
}

async function assertNoYamlOrSchema(page, step) {
  const text = await problemsOf(page);
  const bad = /yaml\.syntax|schema\.[a-z-]+/.exec(text);
  if (bad) throw new Error(`step "${step}": the Problems panel shows ${bad[0]}`);
}

/** Saves the editor and waits until the file on disk holds every string of `wants` (a slow machine saves late). */
async function saved(page, file, wants, step) {
  await page.keyboard.press('Control+S');
  let text = '';
  for (let i = 0; i < 60; i++) {
    await settle(page, 500);
    text = readFileSync(file, 'utf8');
    if (wants.every((w) => text.includes(w))) return text;
  }
  const missing = wants.find((w) => !text.includes(w));
  throw new Error(`step "${step}": the saved file lacks "${missing}":\n${text}`);
}

export async function typing(page, workspace, outDir, shotsDir) {
  const shot = async (name, readme) => {
    await page.screenshot({ path: join(outDir, name) }).catch(() => {});
    if (readme) await page.screenshot({ path: join(shotsDir, name) }).catch(() => {});
  };

  // 1. ```risk then Enter.
  await openFile(page, 'typing.dpia.md', 'title: Typing');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('```risk', { delay: 60 });
  await settle(page, 700);
  await page.keyboard.press('Enter');
  await page.keyboard.type('id: R12', { delay: 30 });
  await settle(page, 500);
  const lines = await editorLines(page);
  const at = lines.indexOf('```risk');
  if (at < 0 || !lines[at + 1]?.startsWith('id: R12')) throw new Error(`Enter after \`\`\`risk did not start the block: ${JSON.stringify(lines.slice(-4))}`);
  console.log('ui-check: ```risk + Enter starts the block (the next line is "id: R12")');
  // The block's body is YAML to VS Code (src/extension/fence-grammar.ts): the key and the value get
  // different colours, and Ctrl+/ comments the line with # (Markdown would wrap it in <!-- -->).
  const colours = await page.evaluate(() => {
    const line = [...document.querySelectorAll('.part.editor .monaco-editor.focused .view-lines .view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ') === 'id: R12');
    return line ? [...new Set([...line.querySelectorAll('span > span')].map((s) => getComputedStyle(s).color))] : [];
  });
  if (colours.length < 2) throw new Error(`the block's line "id: R12" is not highlighted as YAML (colours: ${JSON.stringify(colours)})`);
  await page.keyboard.press('Control+/');
  await settle(page, 400);
  const commented = await editorLines(page);
  await page.keyboard.press('Control+Z');
  await settle(page, 300);
  if (!commented.includes('# id: R12')) throw new Error(`Ctrl+/ in a block did not comment with #: ${JSON.stringify(commented.slice(-4))}`);
  console.log(`ui-check: a block's body is YAML to VS Code: "id: R12" in ${colours.length} colours, Ctrl+/ makes it "# id: R12"`);
  await page.keyboard.press('Control+S');

  // 2. R7 from an empty file.
  await openFile(page, 'r7.dpia.md');
  // The Problems panel, filtered to this file.
  await page.keyboard.press('Control+Shift+M');
  const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await filter.waitFor({ timeout: 20_000 });
  await filter.fill('r7.dpia.md');
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');

  // Front matter: the skeleton from completion, its defaults kept.
  await page.keyboard.type('frontmatter', { delay: 30 });
  await page.keyboard.press('Control+Space');
  await suggestion(page, 'dpia-frontmatter');
  await page.keyboard.press('Enter');
  await settle(page, 400);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await assertNoYamlOrSchema(page, 'front matter');

  // The risk skeleton, filled in with Tab, choices and measure completion.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('risk', { delay: 30 });
  await page.keyboard.press('Control+Space');
  await suggestion(page, 'risk');
  await page.keyboard.press('Enter');
  await settle(page, 400);
  await page.keyboard.type('R7', { delay: 20 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Access by US authorities to highly sensitive and special-category data exchanged via Teams', { delay: 5 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Microsoft is a US company; US law such as the CLOUD Act can compel access even when data stays in the EU, and encryption does not remove the risk while Microsoft can access the keys. E2EE exists only for one-to-one Teams calls.', { delay: 2 });
  await page.keyboard.press('Tab');
  // likelihood and impact: choices (low, medium, high), as the example's R7.
  await choose(page, 'low');
  await choose(page, 'high');
  // mitigations: a measure found by a word of its title.
  await page.keyboard.type('encrypt', { delay: 40 });
  await page.keyboard.press('Control+Space');
  await suggestion(page, 'M365-TEAMS-E2EE');
  await shot('completion-measures.png', true);
  await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: 'M365-TEAMS-E2EE' }).first().click();
  await settle(page, 300);
  await page.keyboard.press('Tab');
  // residual: low × high (the example's, whose level stays high below).
  await choose(page, 'low');
  await choose(page, 'high');
  await page.keyboard.press('Escape');
  await assertNoYamlOrSchema(page, 'risk skeleton');
  await saved(page, join(workspace, 'r7.dpia.md'), ['id: R7', 'likelihood: low', 'impact: high', '- M365-TEAMS-E2EE', 'residual:'], 'risk skeleton');

  // The example's other mitigations, each found by a word of its title or its id.
  await endOfLineWith(page, '- M365-TEAMS-E2EE');
  for (const [typed, id] of [['- sharing', 'M365-SHARING-RULES'], ['- retention', 'M365-RETENTION-POLICY'], ['- SMS', 'M365-NO-SMS-MFA'], ['- Pseudonyms for employees', 'M365-PSEUDONYMS'], ['- Announce', 'MSFT-E2EE-ALL-TEAMS']]) {
    await completeOnNewLine(page, typed, id);
  }
  await assertNoYamlOrSchema(page, 'mitigations');

  // The stated level with its motivation (key completion for the keys, the text typed).
  await endOfLineWith(page, 'title: Access by US');
  await completeOnNewLine(page, 'lev', 'level');
  await typeThenClose(page, 'high');
  await completeOnNewLine(page, 'motiv', 'motivation');
  await page.keyboard.press('Enter');
  await typeThenClose(page, '  level: The blog rates this risk high (hoog risico); the Model DPIA Rijksdienst calls its matrix illustrative, so the report rating is recorded.');
  // The residual level stays high, with the report's reason.
  await endOfLineWith(page, 'residual:');
  await page.keyboard.press('Enter');
  await typeThenClose(page, '  level: high');
  await page.keyboard.press('Enter');
  await typeThenClose(page, 'motivation:');
  await page.keyboard.press('Enter');
  await typeThenClose(page, '  level: E2EE covers only one-to-one calls and Microsoft can still access the keys.');
  await page.keyboard.press('Escape');
  await assertNoYamlOrSchema(page, 'level and motivation');
  await saved(page, join(workspace, 'r7.dpia.md'), ['- M365-SHARING-RULES', '- M365-RETENTION-POLICY', '- M365-NO-SMS-MFA', '- M365-PSEUDONYMS', '- MSFT-E2EE-ALL-TEAMS', 'level: high', 'motivation:'], 'level and motivation');

  // The quick fix for the high residual risk: acceptance and consultation skeleton (Ctrl+.).
  await endOfLineWith(page, 'id: R7'); // the line may be scrolled out of view by now
  await page.keyboard.press('ArrowUp');
  await settle(page, 1500);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget, .context-view .monaco-list').first();
  await menu.waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByText(/Add acceptance and consultation skeleton/).first().waitFor({ timeout: 20_000 });
  await shot('quick-fix.png', true);
  await page.getByText(/Add acceptance and consultation skeleton/).first().click();
  await settle(page, 500);
  await page.keyboard.type('CIO, on behalf of the controller', { delay: 5 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await assertNoYamlOrSchema(page, 'acceptance and consultation');
  const done = await saved(page, join(workspace, 'r7.dpia.md'), ['acceptance:', 'by: CIO, on behalf of the controller', 'consultation:', 'outcome: pending'], 'acceptance and consultation');
  writeFileSync(join(outDir, 'r7-written.dpia.md'), done);
  console.log('ui-check: R7 written from an empty file with completion and quick fixes only; no yaml.syntax or schema problem at any step (result: .test-output/r7-written.dpia.md)');
}

/** The files the typing checks start from, written into the workspace copy before it opens. */
export function prepare(workspace) {
  writeFileSync(join(workspace, 'typing.dpia.md'), '---\ntype: dpia\ntitle: Typing\nlanguage: en\n---\n\n');
  writeFileSync(join(workspace, 'r7.dpia.md'), '');
}
