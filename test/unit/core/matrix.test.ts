import * as assert from 'node:assert/strict';
import { builtinMatrix, parseMatrix, BUILTIN_MATRIX_TEXTS, check } from '../../../src/core/index';
import { matrixProblems } from '../../../src/core/model/matrix';
import { load } from 'js-yaml';

function grid(name: string): string[][] {
  const m = builtinMatrix(name)!;
  return m.def.impact.values.map((i) => m.def.likelihood.values.map((l) => m.compute(l.id, i.id)!.id));
}

describe('risk matrices', () => {
  it('every built-in matrix passes its schema and grid checks', () => {
    for (const [name, text] of Object.entries(BUILTIN_MATRIX_TEXTS)) assert.deepEqual(matrixProblems(load(text)), [], name);
  });

  it('rijksdienst: low when either axis is low, medium only for medium × medium, high otherwise', () => {
    // rows: impact low, medium, high; columns: likelihood low, medium, high (as in risicomatrix-rijksdienst.png)
    assert.deepEqual(grid('rijksdienst'), [
      ['low', 'low', 'low'],
      ['low', 'medium', 'high'],
      ['low', 'high', 'high'],
    ]);
    assert.equal(builtinMatrix('rijksdienst')!.highest.id, 'high');
  });

  it('ico has the same shape with its own axis names', () => {
    const m = builtinMatrix('ico')!;
    assert.deepEqual(grid('ico'), grid('rijksdienst'));
    assert.equal(m.normalise('likelihood', 'Probable')?.id, 'probable');
    assert.equal(m.normalise('impact', 'high')?.id, 'severe', 'low/medium/high are synonyms');
  });

  it('cnil maps its 4×4 grid to three levels', () => {
    assert.deepEqual(grid('cnil'), [
      ['low', 'low', 'medium', 'medium'],
      ['low', 'low', 'medium', 'medium'],
      ['medium', 'medium', 'high', 'high'],
      ['medium', 'medium', 'high', 'high'],
    ]);
    assert.equal(builtinMatrix('cnil')!.normalise('likelihood', 'négligeable')?.id, 'negligible');
  });

  it('accepts English and Dutch synonyms, case-insensitively', () => {
    const m = builtinMatrix('rijksdienst')!;
    const cases: [string, string][] = [
      ['low', 'low'], ['LAAG', 'low'], ['medium', 'medium'], ['Midden', 'medium'], ['gemiddeld', 'medium'], ['high', 'high'], ['Hoog', 'high'], [' hoog ', 'high'],
    ];
    for (const [raw, id] of cases) assert.equal(m.normalise('likelihood', raw)?.id, id, raw);
    assert.equal(m.normalise('likelihood', 'extreme'), undefined);
    assert.equal(m.normalise('likelihood', 3), undefined);
    assert.equal(m.label(m.normalise('level', 'hoog')!, 'en'), 'high');
    assert.equal(m.label(m.normalise('level', 'high')!, 'nl'), 'hoog');
  });

  it('rejects inconsistent custom matrices with a reason', () => {
    const bad = BUILTIN_MATRIX_TEXTS.rijksdienst.replace('medium: [low, medium, high]', 'medium: [low, medium]').replace('high:   [low, high, high]', 'high:   [low, high, extreme]');
    const { matrix, problems } = parseMatrix(bad);
    assert.equal(matrix, undefined);
    assert.ok(problems.some((p) => /grid\/medium: 2 cells, expected 3/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /unknown level "extreme"/.test(p)), problems.join('\n'));
  });

  it('a document can use a custom matrix file named in its front matter', () => {
    const custom = BUILTIN_MATRIX_TEXTS.rijksdienst.replace('name: rijksdienst', 'name: strict').replace('medium: [low, medium, high]', 'medium: [medium, high, high]');
    const doc = '---\ntype: dpia\ntitle: x\nmatrix: ./strict.yaml\n---\n\n```risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: medium\nlevel: low\n```\n';
    const d = check(doc, { uri: '/x/a.dpia.md', today: null, readResource: (_u, rel) => (rel === './strict.yaml' ? custom : undefined) });
    assert.deepEqual(d.map((x) => x.code), ['risk.level-mismatch']);
    assert.match(d[0].message, /strict matrix: low likelihood × medium impact gives "medium"/);
  });

  it('thresholds: cnil requires mitigation from medium, rijksdienst and ico from high; consultation from high everywhere', () => {
    const t = (n: string) => [builtinMatrix(n)!.mitigationFrom.id, builtinMatrix(n)!.consultationFrom.id];
    assert.deepEqual(t('cnil'), ['medium', 'high']);
    assert.deepEqual(t('rijksdienst'), ['high', 'high']);
    assert.deepEqual(t('ico'), ['high', 'high']);
  });

  it('thresholds default to the highest level and must name a level', () => {
    const plain = BUILTIN_MATRIX_TEXTS.rijksdienst.replace(/^(mitigation|consultation)-required-from: .*$/gm, '');
    const m = parseMatrix(plain).matrix!;
    assert.equal(m.mitigationFrom.id, 'high');
    assert.equal(m.consultationFrom.id, 'high');
    const custom = parseMatrix(plain.replace('name: rijksdienst', 'name: early\nmitigation-required-from: medium\nconsultation-required-from: medium')).matrix!;
    assert.equal(custom.mitigationFrom.id, 'medium');
    assert.equal(custom.consultationFrom.id, 'medium');
    const { matrix, problems } = parseMatrix(plain.replace('name: rijksdienst', 'name: bad\nmitigation-required-from: severe'));
    assert.equal(matrix, undefined);
    assert.ok(problems.some((p) => /mitigation-required-from: "severe" is not a level id/.test(p)), problems.join('\n'));
  });
});
