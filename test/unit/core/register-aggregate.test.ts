// OrgRegisterBuilder: a measure or transfer lists each document once, and adding documents stays linear
// when most of them share a measure (as an organisation's documents share the supplier's measures).
import * as assert from 'node:assert/strict';
import { OrgRegisterBuilder } from '../../../src/core/org-register/aggregate';
import type { DocumentRows } from '../../../src/core/org-register/rows';

const rows = (path: string, measures: string[], transfers: string[] = []): DocumentRows => ({
  path,
  title: path,
  lang: 'en',
  errors: 0,
  warnings: 0,
  risks: [],
  measures: measures.map((id) => ({ id, title: id, status: 'implemented' })),
  transfers: transfers.map((country) => ({ id: `T-${country}`, country, tool: 'scc' })),
});

/** CPU microseconds (user + system) spent by `fn`; the least of three runs (noise only ever adds). */
function cpu(fn: () => void): number {
  return Math.min(
    ...[0, 1, 2].map(() => {
      const start = process.cpuUsage();
      fn();
      const d = process.cpuUsage(start);
      return d.user + d.system;
    }),
  );
}

describe('organisation register: OrgRegisterBuilder', () => {
  it('lists each document once per measure and transfer, sorted, however often a document names them', () => {
    const b = new OrgRegisterBuilder({ today: '2026-03-01', horizonDays: 90 });
    b.add(rows('b.dpia.md', ['M1', 'M1', 'M2'], ['US', 'US']));
    b.add(rows('a.dpia.md', ['M1']));
    b.add(rows('c.dtia.md', [], ['US']));
    const reg = b.result();
    assert.deepEqual(reg.measures.map((m) => [m.id, m.documents]), [['M1', ['a.dpia.md', 'b.dpia.md']], ['M2', ['b.dpia.md']]]);
    assert.deepEqual(reg.transfers.map((t) => [t.country, t.count, t.documents]), [['US', 3, ['b.dpia.md', 'c.dtia.md']]]);
  });

  it('adding documents that share measures is linear (30x the documents: well under 200x the time; quadratic is 900x)', function () {
    this.timeout(20_000);
    // The rows are made before timing, so the time is the builder's (and little garbage is timed).
    const docs = Array.from({ length: 30_000 }, (_, i) => rows(`doc-${i}.dpia.md`, ['SHARED-1', 'SHARED-2', 'SHARED-3'], ['US']));
    const work = (n: number) =>
      cpu(() => {
        const b = new OrgRegisterBuilder({ today: '2026-03-01', horizonDays: 90 });
        for (let i = 0; i < n; i++) b.add(docs[i]);
      });
    work(1_000); // warm up (JIT)
    const [small, large] = [1_000, 30_000].map(work);
    assert.ok(large / Math.max(small, 1) < 200, `grows ${(large / small).toFixed(1)}x from 1,000 to 30,000 documents (linear: 30x)`);
  });
});
