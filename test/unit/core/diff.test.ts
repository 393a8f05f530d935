// Issue 17, part 2: the review diff compares two versions by block id, on the computed register.
import * as assert from 'node:assert/strict';
import { analyze, CHANGE_KINDS, diffAnalyses, diffMarkdown, diffObject, diffText, parseDocument, ParseCache } from '../../../src/core/index';
import { fixture } from '../helpers';

const TODAY = '2026-03-01';
const analysis = (name: string, text = fixture('diff', name)) => analyze(parseDocument(`/d/${name}`, text, new ParseCache()), { uri: `/d/${name}`, today: TODAY }, 1);
const pair = (kind: 'dpia' | 'dtia') => diffAnalyses(analysis(`old.${kind}.md`), analysis(`new.${kind}.md`), TODAY);

describe('review diff (dpia diff)', () => {
  it('the fixture pairs cover every change kind', () => {
    const seen = new Set([...pair('dpia').changes, ...pair('dtia').changes].map((c) => c.kind));
    assert.deepEqual(CHANGE_KINDS.filter((k) => !seen.has(k)), []);
  });

  it('compares by id: a new title is a rename, and levels move with arrows in the right direction', () => {
    const d = pair('dpia');
    const find = (kind: string, subject: string) => d.changes.find((c) => c.kind === kind && c.subject === subject);
    assert.deepEqual(find('risk.renamed', 'R2'), { kind: 'risk.renamed', group: 'risks', subject: 'R2', title: 'New title', from: 'Old title', to: 'New title' });
    assert.ok(!d.changes.some((c) => c.subject === 'R2' && (c.kind === 'risk.added' || c.kind === 'risk.removed')));
    assert.equal(find('level.residual', 'R1')?.direction, 'up');
    assert.equal(find('level.residual', 'R4')?.direction, 'down');
    assert.equal(find('level.inherent', 'R2')?.direction, 'up');
    assert.equal(find('risk.removed', 'R3')?.title, 'Removed risk');
    assert.equal(find('acceptance.extended', 'R4')?.to, '2027-12-31');
    assert.equal(find('acceptance.shortened', 'R5')?.to, '2026-12-31');
    assert.equal(d.increased, true);
  });

  it('a measure whose own status changed is reported once, not again under each risk', () => {
    const d = pair('dpia');
    assert.equal(d.changes.filter((c) => c.kind === 'measure.status' && c.subject === 'ORG-TRAIN').length, 1);
    assert.ok(!d.changes.some((c) => c.kind === 'mitigation.status' && /ORG-TRAIN/.test(c.title ?? '')));
    assert.ok(d.changes.some((c) => c.kind === 'mitigation.status' && c.title === 'Pseudonymise the support logs'));
  });

  it('identical versions have no changes; an expired acceptance is still listed until it is renewed', () => {
    const same = diffAnalyses(analysis('new.dpia.md'), analysis('new.dpia.md'), TODAY);
    assert.deepEqual(same.changes.map((c) => `${c.kind} ${c.subject}`), ['acceptance.expired R6']);
    const none = diffAnalyses(analysis('old.dtia.md'), analysis('old.dtia.md'), TODAY);
    assert.equal(none.changes.length, 0);
    assert.match(diffText(none), /No changes in the risk register\.|Geen wijzigingen in het risicoregister\./);
  });

  it('labels follow the new version\'s language (Dutch DTIA), with Dutch number formatting', () => {
    const text = diffText(pair('dtia'));
    assert.match(text, /^Wijzigingen in het risicoregister: Diff fixture \(transfers\)$/m);
    assert.match(text, /T1 {2}Kans over de periode: 4,90% → 22,6% ↑/);
    assert.match(text, /T1 {2}Restrisico: laag → midden ↑/);
    assert.match(text, /T2 {2}Doorgifte verwijderd: Republiek India/);
  });

  it('Markdown: a table per group, document text escaped so it cannot break a row or become HTML', () => {
    const md = diffMarkdown(pair('dpia'), 'old → new');
    assert.match(md, /^### Risk register changes: Diff fixture$/m);
    assert.match(md, /^#### Levels$/m);
    assert.match(md, /^\| Block \| Change \| Before \| After \|$/m);
    assert.match(md, /\| R1 Loss of control over diagnostic data \| Residual level \| low \| high ↑ \|/);
    assert.doesNotMatch(md, /(^|[^\\])<\/?script/, "every < of the document is escaped");
    const row = md.split('\n').find((l) => l.startsWith('| R8'))!;
    assert.equal(row.replace(/\\\|/g, '').split('|').length, 6, row);
    assert.match(row, /\\<script\\>alert\(1\)\\<\/script\\> \\\| with \\`code\\`/);
  });

  it('text output escapes document text through the given function and paints the arrows', () => {
    const doc = (title: string, level: string) => `---\ntype: dpia\ntitle: t\n---\n\n\`\`\`risk\nid: R1\ntitle: ${title}\nlikelihood: ${level}\nimpact: high\n\`\`\`\n`;
    const d = diffAnalyses(analysis('a.dpia.md', doc('A', 'low')), analysis('a.dpia.md', doc('B\\u001b[2J', 'high')), TODAY);
    const text = diffText(d, { escape: (s) => s.replace(/\x1b/g, '\\x1b'), paint: (s, as) => `<${as}>${s}</${as}>` });
    assert.doesNotMatch(text, /\x1b/);
    assert.match(text, /<up>↑<\/up>/);
    assert.equal(diffObject(d).changes.find((c) => c.kind === 'level.inherent')?.direction, 'up');
  });
});
