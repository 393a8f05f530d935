// The one door (issue 13): createService(init) serves every document with its own settings and keeps
// one analysis per document; features read that analysis; fixes are plain data.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, check, createService, hover, riskLenses, type CheckOptions, type Fix } from '../../../src/core/index';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkFile } from '../../../src/cli/check-files';
import { ROOT } from '../helpers';

const FM = '---\ntype: dpia\ntitle: t\n---\n\n';
const RISK = '```risk\nid: R1\ntitle: Access\nlikelihood: high\nimpact: high\nmitigations: [M365-DKE]\nresidual: {likelihood: low, impact: high}\n```\n';
const TABLE = '<!-- dpia:risk-table -->\n| old |\n<!-- /dpia:risk-table -->\n\n';

describe('createService(init): one service, every document', () => {
  it('asks settingsFor per document: one service checks documents with different settings', () => {
    const settings: Record<string, Omit<CheckOptions, 'uri' | 'readResource'>> = { 'file:///en.dpia.md': { today: null, locale: 'en' }, 'file:///nl.dpia.md': { today: null, locale: 'nl', matrix: 'ico' } };
    const s = createService({ settingsFor: (uri) => settings[uri] });
    const en = s.update('file:///en.dpia.md', FM + RISK, 1)!;
    const nl = s.update('file:///nl.dpia.md', FM + RISK, 1)!;
    assert.equal(s.size, 2);
    assert.equal(en.environment.lang, 'en');
    assert.equal(nl.environment.lang, 'nl');
    assert.equal(en.environment.matrix.name, 'rijksdienst');
    assert.equal(nl.environment.matrix.name, 'ico');
    assert.deepEqual(en.diagnostics, check(FM + RISK, { uri: 'file:///en.dpia.md', ...settings['file:///en.dpia.md'] }));
    assert.deepEqual(nl.diagnostics, check(FM + RISK, { uri: 'file:///nl.dpia.md', ...settings['file:///nl.dpia.md'] }));
  });

  it('update keeps one analysis per document: document, environment, risks, transfers, diagnostics', () => {
    const s = createService({ settingsFor: () => ({ today: null }) });
    const a = s.update('u', FM + RISK + '```transfer\nid: T1\ncountry: US\n```\n', 3)!;
    assert.equal(s.analysis('u'), a, 'the analysis is kept, not recomputed');
    assert.equal(a.uri, 'u');
    assert.equal(a.version, 3);
    assert.deepEqual(a.risks.map((r) => r.id), ['R1']);
    assert.deepEqual(a.transfers.map((t) => t.id), ['T1']);
    assert.equal(a.document.blocks.length, 2);
    assert.equal(s.update('u', FM, 2), undefined, 'a stale version is dropped');
    assert.equal(s.analysis('u'), a);
    s.close('u');
    assert.equal(s.analysis('u'), undefined);
  });

  it('the language features read the analysis: its language and matrix come from the settings', () => {
    let locale = 'en';
    const s = createService({ settingsFor: () => ({ today: null, locale }) });
    const a = s.update('u', FM + RISK, 1)!;
    assert.deepEqual(riskLenses(a).map((l) => l.title), ['high → low after 1 mitigation']);
    const at = { line: 5, character: 4 };
    assert.match(hover(a, at)!.contents, /Access[\s\S]*Inherent risk/);
    locale = 'nl';
    assert.equal(s.analysis('u'), a, 'settings are read again only after invalidate()');
    s.invalidate();
    const again = s.analysis('u')!;
    assert.notEqual(again, a);
    assert.equal(again.environment.lang, 'nl');
    assert.deepEqual(riskLenses(again).map((l) => l.title), ['hoog → laag na 1 maatregel']);
    assert.match(hover(again, at)!.contents, /Inherent risico/);
  });

  it('reads resources named in the front matter through init.readResource, relative to the document, and logs re-analysis', () => {
    const asked: string[][] = [];
    const logged: string[] = [];
    const catalogue = "measures:\n  - id: OWN-1\n    party: organisation\n    title: {en: Our own measure, nl: Onze eigen maatregel}\n    source: {report: Policy, date: 2026-01-01, section: '3'}\n";
    const s = createService({ readResource: (doc, rel) => (asked.push([doc, rel]), catalogue), logger: { log: (m) => logged.push(m) } });
    const a = s.update('file:///w/a.dpia.md', '---\ntype: dpia\ntitle: t\ncatalogues: [./ours.yaml]\n---\n', 1)!;
    assert.deepEqual(asked, [['file:///w/a.dpia.md', './ours.yaml']]);
    assert.equal(a.environment.measures.get('OWN-1')?.origin, './ours.yaml');
    s.invalidate();
    s.analysis('file:///w/a.dpia.md');
    assert.equal(asked.length, 2, 'resources are read again after invalidate()');
    assert.equal(logged.length, 1);
  });
});

const plain = (f: Fix) => Object.values(Object.getOwnPropertyDescriptors(f)).every((d) => 'value' in d && typeof d.value !== 'function');

describe('fixes are plain data', () => {
  it('the stale risk table is reported unresolved by the service and resolved on request (as LSP codeAction/resolve), like check()', () => {
    const text = FM + TABLE + RISK;
    const s = createService({ settingsFor: () => ({ today: null }) });
    const d = s.update('u', text, 1)!.diagnostics.find((x) => x.code === 'table.stale')!;
    const fix = d.fixes![0];
    assert.deepEqual({ edits: fix.edits, resolve: fix.resolve }, { edits: [], resolve: 'risk-table' }, 'no table Markdown is made on a keystroke');
    const resolved = s.resolveFix('u', fix);
    assert.equal(resolved.resolve, undefined);
    assert.equal(resolved.edits.length, 1);
    const eager = check(text, { uri: 'u', today: null }).find((x) => x.code === 'table.stale')!.fixes![0];
    assert.deepEqual(resolved, eager, 'check() resolves the same fix eagerly');
    const after = applyEdits(text, resolved.edits);
    assert.ok(!check(after, { uri: 'u', today: null }).some((x) => x.code === 'table.stale'), 'the resolved edit makes the table fresh');
  });

  it('check() can leave costly fixes unresolved; the CLI resolves them only for JSON output (the one that shows fixes)', () => {
    const text = FM + TABLE + RISK;
    const lazy = check(text, { uri: 'u', today: null }, { resolveFixes: false }).find((x) => x.code === 'table.stale')!.fixes![0];
    assert.equal(lazy.resolve, 'risk-table');
    assert.deepEqual(lazy.edits, []);
    const dir = mkdtempSync(join(tmpdir(), 'dpia-fixes-'));
    try {
      const file = join(dir, 'a.dpia.md');
      writeFileSync(file, text);
      const fixOf = (resolveFixes: boolean) => {
        const o = checkFile(file, { today: null, resolveFixes });
        return o.ok ? o.diagnostics.find((x) => x.code === 'table.stale')!.fixes![0] : assert.fail(o.error);
      };
      assert.equal(fixOf(false).resolve, 'risk-table');
      assert.equal(fixOf(true).resolve, undefined);
      assert.equal(fixOf(true).edits.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no getter and no function on any fix, over every fixture and template; a choice instead of an editor command', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const corpus = [...files(join(ROOT, 'test', 'fixtures')), ...files(join(ROOT, 'templates'))].filter((f) => f.endsWith('.md') && statSync(f).size < 1_000_000);
    const s = createService({ settingsFor: () => ({ today: '2026-11-23' }) });
    let fixes = 0;
    let choices = 0;
    for (const f of corpus) {
      for (const d of s.update(f, readFileSync(f, 'utf8'), 1)!.diagnostics) {
        for (const fix of d.fixes ?? []) {
          fixes++;
          assert.ok(plain(fix), `${f}: ${d.code} has a fix that is not plain data`);
          assert.deepEqual(structuredClone(fix), fix);
          if (fix.choice) choices++;
        }
      }
      s.close(f);
    }
    assert.ok(fixes > 10 && choices > 0, `the corpus has fixes (${fixes}) and choices (${choices})`);
    assert.equal(plain({ title: 't', get edits() { return []; } } as Fix), false, 'the check sees a getter');
  });

  it('no VS Code command id in src/core', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const ids = pkg.contributes.commands.map((c) => c.command);
    assert.ok(ids.includes('dpia.addMitigation'));
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    for (const f of files(join(ROOT, 'src', 'core')).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(f, 'utf8');
      for (const id of ids) assert.ok(!new RegExp(`['"\`]${id.replace('.', '\\.')}['"\`]`).test(text), `${f} names the command ${id}`);
    }
  });
});
