import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogue } from '../../../src/core/index';
import { ROOT } from '../helpers';

/** The source reports live next to the repository, in ../shared/reports (read-only reference material). */
const REPORTS = join(ROOT, '..', 'shared', 'reports');

/** Whitespace collapsed, typographic quotes and dashes made plain, case folded. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

describe('built-in catalogue against the source reports', function () {
  let reports: { name: string; text: string }[] = [];

  before(function () {
    if (!existsSync(REPORTS)) {
      console.warn(`      (skipped: the source reports folder ${REPORTS} is absent, so catalogue quotes cannot be checked)`);
      this.skip();
    }
    reports = readdirSync(REPORTS)
      .filter((f) => f.endsWith('.txt'))
      .map((name) => ({ name, text: normalise(readFileSync(join(REPORTS, name), 'utf8')) }));
  });

  const reportFor = (date: string) => {
    const hit = reports.find((r) => r.name.startsWith(date));
    assert.ok(hit, `no report dated ${date} in ${REPORTS}`);
    return hit;
  };

  for (const e of builtinCatalogue()) {
    it(`${e.id}: quote, section headings and report title are in the report of ${e.source.date}`, () => {
      const report = reportFor(e.source.date);
      assert.ok(e.source.quote, `${e.id} has no quote`);
      assert.ok(report.text.includes(normalise(e.source.quote)), `${e.id}: quote not found in ${report.name}: "${e.source.quote}"`);
      for (const heading of e.source.section.split(/;|>/).map((h) => h.trim())) {
        assert.ok(report.text.includes(normalise(heading)), `${e.id}: heading "${heading}" not found in ${report.name}`);
      }
      const title = /‘([^’]+)’/.exec(e.source.report)?.[1];
      assert.ok(title, `${e.id}: the report field names no title in ‘…’`);
      assert.ok(report.text.includes(normalise(title)), `${e.id}: report title "${title}" not found in ${report.name}`);
    });
  }

  it('the section check has teeth: an invented section number or a paraphrase is not found', () => {
    const report = reportFor('2022-02-21');
    assert.ok(!report.text.includes(normalise('§ 4.2 Maatregelen')));
    assert.ok(!report.text.includes(normalise('Microsoft moet E2EE leveren voor alle Teams-uitwisselingen')));
  });
});
