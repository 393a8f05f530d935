// The layers of src/core, lowest first; a file may import from its own layer's folder and from lower
// layers, never upwards or sideways (rules, features and render sit side by side), and no import
// circle may exist anywhere in src/. Known exceptions are listed by file pair, and the list may only
// shrink: an entry that no longer exists fails the test too (issue 13 removes the rest).
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers';

/** Layer of each part of src/core (first path segment below src/core), lowest first. */
const LAYERS: string[][] = [
  ['text', 'i18n', 'diagnostics.ts', 'data.d.ts'],
  ['schema', 'edits'],
  ['parse'],
  ['model', 'catalogue'],
  ['environment', 'environment.ts'],
  ['rules', 'features', 'render'],
  ['check.ts', 'service.ts', 'org-register', 'diff', 'export'],
  ['index.ts'],
];

/** Parts of one layer that must not import each other. */
const SIDE_BY_SIDE = LAYERS[5];

/** Imports that break the layering (none since the one-door refactor of issue 13; keep it so). */
const KNOWN: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|require\(\s*['"](\.[^'"]+)['"]\s*\)|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every relative import between TypeScript files under src/, as "a -> b" paths relative to src/. */
export function importGraph(): Map<string, string[]> {
  const all = files(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const known = new Set(all);
  const graph = new Map<string, string[]>();
  for (const f of all) {
    const deps: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const p = resolve(dirname(f), m[1] ?? m[2] ?? m[3]);
      const hit = [p + '.ts', join(p, 'index.ts'), p].find((c) => known.has(c));
      if (hit) deps.push(relative(SRC, hit));
    }
    graph.set(relative(SRC, f), deps);
  }
  return graph;
}

const part = (file: string) => file.split('/')[1];
const layerOf = (file: string) => LAYERS.findIndex((l) => l.includes(part(file)));

/** One circle in the graph (as a list of files), or undefined when there is none. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') return [...stack.slice(stack.indexOf(d)), d];
      if (!state.has(d)) {
        const c = visit(d);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) if (!state.has(n)) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('layering of src/core (parse < model < environment < {rules, features, render} < service < adapters)', () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([from, deps]) => deps.map((to) => `${from} -> ${to}`));

  it('every file under src/core belongs to a layer', () => {
    const unplaced = [...graph.keys()].filter((f) => f.startsWith('core/') && layerOf(f) < 0);
    assert.deepEqual(unplaced, []);
  });

  it('src/core imports nothing upwards, nothing sideways and nothing from the adapters', () => {
    const bad = edges.filter((e) => {
      const [from, to] = e.split(' -> ');
      if (!from.startsWith('core/')) return false;
      if (!to.startsWith('core/')) return true;
      const [lf, lt] = [layerOf(from), layerOf(to)];
      return lt > lf || (lt === lf && LAYERS[lf] === SIDE_BY_SIDE && part(from) !== part(to));
    });
    assert.deepEqual(bad.filter((e) => !KNOWN.includes(e)), [], 'new upward or sideways imports');
  });

  it('the list of known exceptions only shrinks (each still exists)', () => {
    assert.deepEqual(KNOWN.filter((k) => !edges.includes(k)), [], 'remove these entries from KNOWN: they are fixed');
  });

  it('there is no import circle in src/ (apart from the known exceptions)', () => {
    const pruned = new Map([...graph].map(([f, deps]) => [f, deps.filter((d) => !KNOWN.includes(`${f} -> ${d}`))]));
    assert.equal(findCircle(pruned)?.join(' -> '), undefined);
  });

  it('finds circles and upward imports when there are some (the checks can fail)', () => {
    assert.deepEqual(findCircle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
    assert.equal(findCircle(new Map([['a', ['b']], ['b', []]])), undefined);
    assert.ok(layerOf('core/rules/x.ts') > layerOf('core/model/y.ts'));
    assert.ok(layerOf('core/check.ts') > layerOf('core/render/table.ts'));
  });
});
