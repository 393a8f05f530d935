import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder: the nearest ancestor of the (bundled) test file with a package.json. */
export const ROOT = (() => {
  let d = __dirname;
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
})();
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

export function listFixtures(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.md')).sort();
}

/** "code@line:col" strings (1-based). */
export type Expectation = string;

/**
 * Reads expectations written in a fixture:
 *  - `expect: code@col` on the line of the diagnostic (a YAML `#` comment or an HTML comment),
 *  - `expect-next: code@col` for the following line,
 *  - `expect-at: code@line:col` anywhere.
 */
export function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/expect(-next|-at)?:\s*((?:[\w.-]+@[\d:]+[\s,]*)+)/g)) {
      for (const tok of m[2].trim().split(/[\s,]+/)) {
        const [code, where] = tok.split('@');
        if (m[1] === '-at') out.push(`${code}@${where}`);
        else out.push(`${code}@${i + 1 + (m[1] === '-next' ? 1 : 0)}:${where}`);
      }
    }
  });
  return out.sort();
}
