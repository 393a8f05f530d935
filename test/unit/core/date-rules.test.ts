// The date rules are the rules tagged `date` (issue 13): exactly the rules that read `today`, and
// the only ones whose diagnostics change when the dates are switched off (--no-dates).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, ParseCache, runRules, RULES, DATE_CODES, type Rule } from '../../../src/core/index';
import { run } from '../../../src/cli/main';
import { ROOT } from '../helpers';

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
const CORPUS = [...files(join(ROOT, 'test', 'fixtures')), ...files(join(ROOT, 'templates'))].filter((f) => f.endsWith('.md') && statSync(f).size < 1_000_000);
const docs = CORPUS.map((f) => parseDocument(f, readFileSync(f, 'utf8'), new ParseCache()));
const tagged = RULES.filter((r) => r.tags.includes('date')).map((r) => r.code).sort();

describe('date rules: one source, the tag', () => {
  it('the rules tagged date are the rules that read today (over every fixture and template)', () => {
    const reads = new Set<string>();
    for (const r of RULES) {
      const spy: Rule = {
        ...r,
        run: (ctx) =>
          r.run(
            new Proxy(ctx, {
              get(target, key) {
                // The risk table's freshness is computed with today (its overdue and expired marks).
                if (key === 'riskTable') reads.add(r.code);
                const value = Reflect.get(target, key);
                return key === 'environment'
                  ? new Proxy(value, {
                      get(env, k) {
                        if (k === 'today') reads.add(r.code);
                        return Reflect.get(env, k);
                      },
                    })
                  : value;
              },
            }),
          ),
      };
      for (const today of ['2026-11-23', '1900-01-01', '2999-12-31']) for (const doc of docs) runRules(doc, { today }, [spy]);
    }
    assert.deepEqual([...reads].sort(), tagged);
  });

  it('switching the dates off changes only the diagnostics of date rules', () => {
    const changed = new Set<string>();
    for (const doc of docs) {
      for (const today of ['1900-01-01', '2026-11-23', '2999-12-31']) {
        const key = (d: { code: string; message: string; range: unknown }) => JSON.stringify([d.code, d.message, d.range]);
        const off = new Set(runRules(doc, { today: null }).map(key));
        const on = new Set(runRules(doc, { today }).map(key));
        for (const d of [...on].filter((k) => !off.has(k)).concat([...off].filter((k) => !on.has(k)))) changed.add(JSON.parse(d)[0]);
      }
    }
    assert.ok(changed.size > 0, 'some fixture has a date to compare');
    for (const code of changed) assert.ok(DATE_CODES.includes(code), `${code} changes with the dates but is not tagged date`);
  });

  it('dpia rules prints each code with its tags', () => {
    let out = '';
    assert.equal(run(['rules'], { cwd: ROOT, out: (s) => (out += s), err: () => {}, isTty: false, env: {} }), 0);
    const lines = out.trim().split('\n');
    for (const code of DATE_CODES) assert.match(lines.find((l) => l.startsWith(code + ' ')) ?? '', /\bdate\b/, code);
    assert.match(lines.find((l) => l.startsWith('schema.enum ')) ?? '', /\sschema\s/);
  });
});
