// ctx.report fills in the rule's code; a code a rule does not declare is a bug in that rule and
// becomes `internal.rule-failed`; diagnostic codes are a union type (issue 13, "Rules").
import * as assert from 'node:assert/strict';
import { parseDocument, ParseCache, runRules, RULES, type DiagnosticCode } from '../../../src/core/index';
import { defineRule, type Rule } from '../../../src/core/rules/types';

const DOC = '---\ntype: dpia\ntitle: T\n---\n\n```risk\nid: R1\ntitle: A risk\nlikelihood: low\nimpact: low\n```\n';
const doc = () => parseDocument('/w/a.dpia.md', DOC, new ParseCache());
const at = { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } };
const meta = { severity: 'warning', tags: [], description: { en: 'a rule for this test only', nl: 'een regel alleen voor deze test' }, docs: '' } as const;
const run = (rule: Rule) => runRules(doc(), { today: null }, [rule]);

describe('ctx.report and the rule codes', () => {
  it('fills in the code of a rule with one code, and its default severity', () => {
    const one = defineRule({ ...meta, code: 'test.one', run: (ctx) => ctx.report({ range: at, block: 'R1', message: 'found' }) });
    assert.deepEqual(run(one), [{ code: 'test.one', severity: 'warning', range: at, block: 'R1', message: 'found' }]);
  });

  it('keeps the code a rule with several codes names', () => {
    const two = defineRule({ ...meta, code: 'test.a', codes: ['test.a', 'test.b'], run: (ctx) => ctx.report({ code: 'test.b', range: at, block: null, message: 'b' }) });
    assert.deepEqual(run(two).map((d) => d.code), ['test.b']);
  });

  it('a code the rule does not declare becomes internal.rule-failed, without the rule\'s other output', () => {
    const liar: Rule = {
      ...meta,
      code: 'test.liar',
      run(ctx) {
        ctx.report({ range: at, block: null, message: 'fine' });
        ctx.report({ code: 'risk.unmitigated-high', range: at, block: null, message: 'not mine' });
      },
    };
    const d = run(liar);
    assert.deepEqual(d.map((x) => x.code), ['internal.rule-failed']);
    assert.match(d[0].message, /rule test\.liar failed/);
    // The other rules still run and report as without the liar.
    assert.deepEqual(
      runRules(doc(), { today: null }, [liar, ...RULES]).filter((x) => x.code !== 'internal.rule-failed'),
      runRules(doc(), { today: null }),
    );
  });

  it('a rule with several codes that names none becomes internal.rule-failed', () => {
    const vague = defineRule({ ...meta, code: 'test.a', codes: ['test.a', 'test.b'], run: (ctx) => ctx.report({ range: at, block: null, message: 'which?' }) });
    assert.deepEqual(run(vague).map((x) => x.code), ['internal.rule-failed']);
  });

  it('a typo in a code does not compile (checked by the typecheck of the unit tests)', () => {
    defineRule({
      ...meta,
      code: 'test.typo',
      run(ctx) {
        // @ts-expect-error: not one of the rule's codes
        ctx.report({ code: 'test.typ', range: at, block: null, message: '' });
      },
    });
    // @ts-expect-error: not a diagnostic code
    const typo: DiagnosticCode = 'risk.unmitigated-hihg';
    const known: DiagnosticCode = 'risk.unmitigated-high';
    assert.notEqual(typo, known);
  });

  it('every built-in rule declares its tags and docs', () => {
    for (const r of RULES) {
      assert.ok(r.tags.length > 0, `${r.code} has no tags`);
      assert.ok(r.docs.length > 20, `${r.code} has no docs`);
    }
  });
});
