import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate, SCHEMAS } from '../../../src/core/schema/validate';
import { ROOT } from '../helpers';

describe('JSON Schemas', () => {
  const files = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));

  it('every schema has a title, a description and examples', () => {
    assert.equal(files.length, 12);
    for (const f of files) {
      const s = JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8'));
      assert.ok(s.title && s.description && Array.isArray(s.examples) && s.examples.length, f);
    }
  });

  it("every schema's examples are valid against it", () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const ex of (schema as { examples?: unknown[] }).examples ?? []) assert.deepEqual(validate(name as keyof typeof SCHEMAS, ex), [], name);
    }
  });

  it('every property has an English and a Dutch description (hover text)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          const hasRef = typeof v.$ref === 'string';
          if (!hasRef && (!v.description || !v['x-description-nl'])) missing.push(`${path}/${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'examples' && k !== 'if') walk(v, `${path}/${k}`);
    };
    for (const f of ['risk', 'measure', 'transfer', 'data', 'processing', 'purpose', 'prescan', 'frontmatter', 'common']) walk(JSON.parse(readFileSync(join(ROOT, 'schemas', `${f}.schema.json`), 'utf8')), f);
    assert.deepEqual(missing, []);
  });
});
