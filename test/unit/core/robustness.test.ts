import * as assert from 'node:assert/strict';
import { check, createService } from '../../../src/core/index';
import { parseYaml, MAX_EXPANDED_NODES } from '../../../src/core/parse/yaml';
import { fixture } from '../helpers';

const codes = (text: string, uri = 'a.dpia.md') => check(text, { uri, today: '2026-01-01' }).map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`);

describe('bad input: located diagnostics, never a crash or a hang', () => {
  it('refuses a YAML alias bomb with a located yaml.syntax error', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const yaml = levels.join('\n');
    const p = parseYaml(yaml);
    assert.equal(p.value, undefined);
    assert.match(p.error!.message, new RegExp(`more than ${MAX_EXPANDED_NODES} nodes`));
    const doc = '---\ntype: dpia\ntitle: bomb\n---\n\n```risk\n' + yaml + '\n```\n';
    const d = check(doc, { today: null });
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'yaml.syntax');
    assert.ok(d[0].range.start.line >= 6 && d[0].range.start.line < 18, 'located inside the block');
  });

  it('allows ordinary aliases', () => {
    const p = parseYaml('base: &b { party: organisation }\nother: *b\n');
    assert.deepEqual(p.value, { base: { party: 'organisation' }, other: { party: 'organisation' } });
  });

  it('limits nesting depth', () => {
    const deep = '['.repeat(500) + ']'.repeat(500);
    assert.ok(parseYaml(deep).error);
  });

  it('keeps dates as strings', () => {
    assert.deepEqual(parseYaml('due: 2026-01-01\nat: 2026-01-01T10:00:00Z').value, { due: '2026-01-01', at: '2026-01-01T10:00:00Z' });
  });

  it('CRLF and LF documents give the same diagnostics at the same positions', () => {
    const lf = fixture('rules', 'schema.dpia.md');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(codes(crlf), codes(lf));
    assert.ok(codes(lf).length > 5);
  });

  it('a byte-order mark is ignored (positions match an editor, which hides it)', () => {
    const text = fixture('rules', 'risk.level-mismatch.dpia.md');
    assert.deepEqual(codes('\uFEFF' + text), codes(text));
  });

  it('a document with only an unterminated front matter is reported, not crashed on', () => {
    assert.deepEqual(codes('---\ntype: dpia\ntitle: x\n'), ['frontmatter.missing@1:1']);
  });

  it('empty documents, empty blocks and blocks holding a scalar', () => {
    assert.deepEqual(codes('', 'x.md'), []);
    assert.deepEqual(codes('---\ntype: dpia\ntitle: e\n---\n```risk\n```\n'), ['schema.type@5:4']);
    assert.deepEqual(codes('---\ntype: dpia\ntitle: e\n---\n```risk\njust text\n```\n'), ['schema.type@5:4']);
  });

  it('tabs in YAML are a located syntax error', () => {
    const d = codes('---\ntype: dpia\ntitle: t\n---\n```risk\nid: R1\n\ttitle: x\n```\n');
    assert.equal(d.length, 1);
    assert.match(d[0], /^yaml\.syntax@7:/);
  });

  it('a huge document (≈5 MB, 2 000 blocks) is checked completely', function () {
    this.timeout(60000);
    const block = (i: number) => `\n## Risk ${i}\n\n${'Prose about the processing. '.repeat(80)}\n\n\`\`\`risk\nid: R${i}\ntitle: Risk ${i}\nlikelihood: ${i % 7 === 0 ? 'high' : 'low'}\nimpact: high\n\`\`\`\n`;
    const doc = '---\ntype: dpia\ntitle: Huge\n---\n' + Array.from({ length: 2000 }, (_, i) => block(i)).join('');
    assert.ok(doc.length > 4_500_000);
    const d = check(doc, { today: null });
    assert.equal(d.filter((x) => x.code === 'risk.unmitigated-high').length, Math.ceil(2000 / 7));
  });

  it('binary-looking text does not crash the core', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    assert.doesNotThrow(() => check('```risk\n' + junk + '\n```\n' + junk, { uri: 'x.dpia.md', today: null }));
  });
});

describe('incremental service', () => {
  const doc = (title: string) => `---\ntype: dpia\ntitle: t\n---\n\n\`\`\`risk\nid: R1\ntitle: ${title}\nlikelihood: high\nimpact: high\n\`\`\`\n\n\`\`\`risk\nid: R2\ntitle: two\nlikelihood: low\nimpact: low\n\`\`\`\n`;

  it('gives the same diagnostics as check()', () => {
    const s = createService({ settingsFor: () => ({ today: null }) });
    assert.deepEqual(s.update('file:///a.dpia.md', doc('one'), 1)?.diagnostics, check(doc('one'), { uri: 'file:///a.dpia.md', today: null }));
  });

  it('drops stale versions and forgets closed documents', () => {
    const s = createService({ settingsFor: () => ({ today: null }) });
    assert.ok(s.update('u', doc('a'), 2));
    assert.equal(s.update('u', doc('b'), 1), undefined);
    assert.ok(s.update('u', doc('c'), 3));
    assert.equal(s.size, 1);
    s.close('u');
    assert.equal(s.size, 0);
    assert.equal(s.analysis('u')?.document, undefined);
  });

  it('re-parses only the block whose text changed', () => {
    const s = createService({ settingsFor: () => ({ today: null }) });
    s.update('u', doc('one'), 1);
    const before = s.analysis('u')?.document!;
    s.update('u', doc('changed'), 2);
    const after = s.analysis('u')?.document!;
    assert.notEqual(after.blocks[0].parsed, before.blocks[0].parsed, 'changed block parsed again');
    assert.equal(after.blocks[1].parsed, before.blocks[1].parsed, 'unchanged block reused from the cache');
    assert.equal(after.frontMatter!.parsed, before.frontMatter!.parsed, 'front matter reused');
  });
});
