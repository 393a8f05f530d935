// package.json's menus: commands that only make sense in a DPIA/DTIA show only there.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const menus: Record<string, MenuItem[]> = pkg.contributes.menus;
const commands: { command: string; title: string }[] = pkg.contributes.commands;

/** Commands that act on a whole DPIA/DTIA document: palette only in one, editor title, Explorer. */
const DOCUMENT_COMMANDS = ['dpia.updateTable', 'dpia.exportPdf', 'dpia.compareRegister', 'dpia.exportDocument'];
/** Commands that act at the cursor of a DPIA/DTIA editor: palette only in one, no file menus. */
const CURSOR_COMMANDS = ['dpia.insertMeasure'];
/** Commands run from diagnostics (quick fixes, CodeLens) with arguments: never in the palette. */
const HIDDEN = ['dpia.addMitigation'];
/** Commands that make sense anywhere. */
const GLOBAL = ['dpia.newFromTemplate', 'dpia.checkWorkspace'];
/** The "DPIA Register" view's title bar: in the palette only while the view has documents. */
const VIEW_COMMANDS = ['dpia.register.groupBy', 'dpia.register.filter', 'dpia.register.clearFilter', 'dpia.register.refresh'];
/** Run by clicking a node of the view, with its target: never in the palette. */
const VIEW_HIDDEN = ['dpia.register.goTo'];
const FILE_NAME = 'resourceFilename =~ /\\.(dpia|dtia)\\.md$/i';

const entry = (menu: string, command: string) => (menus[menu] ?? []).find((m) => m.command === command);

describe('package.json menus and when clauses', () => {
  it('every contributed command is classified here (a new command must decide where it shows)', () => {
    assert.deepEqual(commands.map((c) => c.command).sort(), [...DOCUMENT_COMMANDS, ...CURSOR_COMMANDS, ...HIDDEN, ...GLOBAL, ...VIEW_COMMANDS, ...VIEW_HIDDEN].sort());
  });

  // Document commands also act on the document a Markdown preview shows (see preview/target.ts).
  const DOCUMENT_WHEN = "dpia.isDpiaDocument || activeWebviewPanelId == 'markdown.preview'";
  for (const c of CURSOR_COMMANDS) {
    it(`${c}: in the Command Palette only while a DPIA/DTIA is active`, () => {
      assert.equal(entry('commandPalette', c)?.when, 'dpia.isDpiaDocument');
    });
  }
  for (const c of DOCUMENT_COMMANDS) {
    it(`${c}: in the Command Palette only while a DPIA/DTIA or a Markdown preview is active`, () => {
      assert.equal(entry('commandPalette', c)?.when, DOCUMENT_WHEN);
    });
  }

  for (const c of DOCUMENT_COMMANDS) {
    it(`${c}: in the editor title of a DPIA/DTIA and the Explorer context menu of *.dpia.md / *.dtia.md`, () => {
      assert.equal(entry('editor/title', c)?.when, DOCUMENT_WHEN);
      assert.match(entry('editor/title', c)?.group ?? '', /^navigation/);
      assert.equal(entry('explorer/context', c)?.when, FILE_NAME);
      assert.ok(commands.find((x) => x.command === c && (x as { icon?: string }).icon), 'an icon for the editor title');
    });
  }

  it('the Explorer file-name pattern matches DPIA/DTIA files only', () => {
    const re = /\.(dpia|dtia)\.md$/i;
    assert.equal(FILE_NAME.slice(FILE_NAME.indexOf('/')), String(re));
    for (const n of ['a.dpia.md', 'B.DTIA.MD', 'x.y.dtia.md']) assert.ok(re.test(n), n);
    for (const n of ['notes.md', 'dpia.md', 'a.dpia.md.bak', 'a.dpia.markdown']) assert.ok(!re.test(n), n);
  });

  for (const c of VIEW_COMMANDS) {
    it(`${c}: in the DPIA Register view's title bar, with an icon; in the palette only while the view has documents`, () => {
      assert.match(entry('view/title', c)?.when ?? '', /^view == dpia\.register\b/);
      assert.match(entry('view/title', c)?.group ?? '', /^navigation/);
      assert.match(entry('commandPalette', c)?.when ?? '', /^dpia\.register\.hasDocuments\b/);
      assert.ok(commands.find((x) => x.command === c && (x as { icon?: string }).icon));
    });
  }

  it('the DPIA Register view is in the Explorer, shown once the workspace has DPIA documents, and activates the extension', () => {
    const view = pkg.contributes.views.explorer.find((v: { id: string }) => v.id === 'dpia.register');
    assert.equal(view?.when, 'dpia.register.hasDocuments');
    assert.ok(pkg.activationEvents.includes('onView:dpia.register'));
    const src = readFileSync(join(ROOT, 'src', 'extension', 'register-view', 'view.ts'), 'utf8');
    assert.match(src, /VIEW_ID = 'dpia\.register'/);
    assert.match(src, /HAS_DOCUMENTS = 'dpia\.register\.hasDocuments'/);
    assert.match(src, /FILTERED = 'dpia\.register\.filtered'/);
  });

  it('hidden commands are never in the palette; global ones have no when clause', () => {
    for (const c of [...HIDDEN, ...VIEW_HIDDEN]) assert.equal(entry('commandPalette', c)?.when, 'false');
    for (const c of GLOBAL) assert.equal(entry('commandPalette', c), undefined);
  });

  it('every menu names a contributed command', () => {
    const known = new Set(commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(menus)) for (const m of items) assert.ok(known.has(m.command), `${menu}: ${m.command}`);
  });

  it('the context key is the one the extension sets', () => {
    const src = readFileSync(join(ROOT, 'src', 'extension', 'documents.ts'), 'utf8');
    assert.match(src, /DPIA_CONTEXT_KEY = 'dpia\.isDpiaDocument'/);
    assert.match(src, /executeCommand\('setContext', DPIA_CONTEXT_KEY/);
  });

  it('has an icon of 128×128 pixels (PNG)', () => {
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });
});
