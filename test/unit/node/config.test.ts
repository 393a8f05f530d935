// The configuration file (src/node/config-file.ts, config-discovery.ts) and the ignore filter
// (src/node/ignore-files.ts), with injected readers: no files are written.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ConfigFinder, type ConfigReader } from '../../../src/node/config-discovery';
import { formatConfigProblem, parseConfig } from '../../../src/node/config-file';
import { IgnoreFilter } from '../../../src/node/ignore-files';
import { ROOT } from '../helpers';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8'));

/** A reader over an in-memory tree; counts reads. */
function memory(files: Record<string, string>): ConfigReader & { reads: number } {
  const read = ((path: string) => {
    read.reads++;
    return path in files ? { ok: true as const, text: files[path] } : undefined;
  }) as unknown as ConfigReader & { reads: number };
  read.reads = 0;
  return read;
}

describe('configuration file: parse and validate', () => {
  it('reads every key; paths stay as written, relative to the file', () => {
    const r = parseConfig('rules:\n  measure.overdue: error\nmatrix: ico\ncatalogues: [a.yaml]\nmax-warnings: 3\n', '/p/.dpia.yaml', '/p');
    assert.deepEqual(r, { ok: true, config: { rules: { 'measure.overdue': 'error' }, matrix: 'ico', catalogues: ['a.yaml'], maxWarnings: 3, path: '/p/.dpia.yaml', base: '/p' } });
    assert.deepEqual(parseConfig('', '/p/.dpia.yaml', '/p'), { ok: true, config: { rules: {}, matrix: undefined, catalogues: [], maxWarnings: undefined, path: '/p/.dpia.yaml', base: '/p' } });
    assert.equal(parseConfig('{"rules": {"measure.overdue": "off"}}', '/p/.dpia.json', '/p').ok, true, 'JSON is read too');
  });

  it('problems are located and say what is expected, never quoting the file', () => {
    const problem = (text: string) => {
      const r = parseConfig(text, 'c/.dpia.yaml', 'c');
      assert.equal(r.ok, false, text);
      return formatConfigProblem((r as { problem: Parameters<typeof formatConfigProblem>[0] }).problem);
    };
    assert.equal(problem('rules:\n  measure.overdue: loud\n'), 'c/.dpia.yaml:2:20: expected a severity: error, warning, info, hint, off');
    assert.equal(problem('password: hunter2\n'), 'c/.dpia.yaml:1:1: unknown key; expected one of rules, matrix, catalogues, max-warnings');
    assert.equal(problem('rules:\n  hunter2: off\n'), 'c/.dpia.yaml:2:3: not a rule code; expected a code listed by `dpia rules`, such as risk.residual-missing');
    assert.equal(problem('rules:\n  no.such-code: off\n'), 'c/.dpia.yaml:2:3: unknown rule code; expected a code listed by `dpia rules`');
    assert.equal(problem('- a\n'), 'c/.dpia.yaml:1:1: expected a mapping of settings');
    assert.equal(problem('matrix: ""\n'), 'c/.dpia.yaml:1:9: must not be empty; expected a name or file');
    assert.match(problem('a: &x 1\nb: *x\n'), /^c\/\.dpia\.yaml:\d+:\d+: /);
    assert.doesNotMatch(problem('password: hunter2\n') + problem('rules:\n  hunter2: off\n'), /hunter2/);
  });

  it('the tool validates with schemas/config.schema.json: it agrees with the schema on every sample', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const schemaOk = ajv.compile(SCHEMA);
    const samples: unknown[] = [{}, { rules: { 'risk.residual-missing': 'off' } }, { rules: { 'risk.residual-missing': 'loud' } }, { rules: [] }, { matrix: 'ico' }, { matrix: 3 }, { catalogues: ['a'] }, { catalogues: 'a' }, { 'max-warnings': 0 }, { 'max-warnings': 1.5 }, { 'max-warnings': -1 }, { extra: 1 }, [], 'text'];
    for (const s of samples) assert.equal(parseConfig(JSON.stringify(s), 'x', '.').ok, schemaOk(s), JSON.stringify(s));
  });

  it('the schema is contributed to editors for .dpia.yaml, .dpia.yml and .dpia.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const url = (list: { fileMatch: string[]; url: string }[], name: string) => list.find((v) => v.fileMatch.includes(name))?.url;
    assert.equal(url(pkg.contributes.yamlValidation, '.dpia.yaml'), './schemas/config.schema.json');
    assert.equal(url(pkg.contributes.yamlValidation, '.dpia.yml'), './schemas/config.schema.json');
    assert.equal(url(pkg.contributes.jsonValidation, '.dpia.json'), './schemas/config.schema.json');
    assert.deepEqual(Object.keys(SCHEMA.properties).sort(), ['catalogues', 'matrix', 'max-warnings', 'rules']);
  });
});

describe('configuration file: discovery', () => {
  const files = {
    '/r/.dpia.yaml': 'matrix: ico\n',
    '/r/team/.dpia.yml': 'matrix: cnil\n',
    '/r/team/.dpia.json': '{"matrix": "rijksdienst"}',
    '/.dpia.yaml': 'matrix: rijksdienst\n',
  };
  const matrixOf = (r: ReturnType<ConfigFinder['find']>) => (r?.ok ? r.config.matrix : r ? 'invalid' : undefined);

  it('the nearest file from the folder upwards wins; .dpia.yaml before .dpia.yml before .dpia.json; never above the root', () => {
    const finder = new ConfigFinder(memory(files));
    assert.equal(matrixOf(finder.find('/r', '/r')), 'ico');
    assert.equal(matrixOf(finder.find('/r/docs/deep', '/r')), 'ico');
    assert.equal(matrixOf(finder.find('/r/team/deep', '/r')), 'cnil');
    assert.equal(matrixOf(finder.find('/r/x', '/r/x')), undefined, 'the root bounds the search');
    assert.equal(matrixOf(finder.find('/r/x', '/')), 'ico');
    assert.equal(matrixOf(finder.find('/elsewhere/y', '/r')), undefined, 'a folder outside the root looks only at itself');
  });

  it('each folder is looked up once until forget()', () => {
    const read = memory(files);
    const finder = new ConfigFinder(read);
    finder.find('/r/a/b/c', '/r');
    const reads = read.reads;
    finder.find('/r/a/b/c', '/r');
    finder.find('/r/a/b', '/r');
    assert.equal(read.reads, reads);
    finder.forget();
    finder.find('/r/a/b', '/r');
    assert.ok(read.reads > reads);
  });

  it('an unreadable or invalid file is a problem of that file, not skipped for a farther one', () => {
    const finder = new ConfigFinder((path) => (path === '/r/t/.dpia.yaml' ? { ok: false, error: 'permission denied' } : path === '/r/.dpia.yaml' ? { ok: true, text: 'matrix: ico\n' } : undefined));
    const r = finder.find('/r/t', '/r');
    assert.deepEqual(r, { ok: false, problem: { path: '/r/t/.dpia.yaml', line: 0, column: 0, message: 'permission denied' } });
    assert.equal(formatConfigProblem((r as { problem: Parameters<typeof formatConfigProblem>[0] }).problem), '/r/t/.dpia.yaml: permission denied');
  });
});

describe('ignore files', () => {
  const filter = (files: Record<string, string>, o: { gitignore?: boolean; patterns?: string[] } = {}) => new IgnoreFilter('/r', { ...o, read: (p) => files[p] });

  it('.gitignore (nested too) and .dpiaignore, layered from the root down; --ignore patterns last', () => {
    const f = filter({ '/r/.gitignore': 'build/\n*.draft.md\n', '/r/docs/.gitignore': '!keep.draft.md\n', '/r/docs/.dpiaignore': 'old/\n' });
    assert.equal(f.ignores('/r/build/a.dpia.md'), true);
    assert.equal(f.ignores('/r/docs/x.draft.md'), true);
    assert.equal(f.ignores('/r/docs/keep.draft.md'), false, 'a nested .gitignore takes a file back');
    assert.equal(f.ignores('/r/docs/old/a.dpia.md'), true);
    assert.equal(f.ignores('/r/docs/a.dpia.md'), false);
    assert.equal(f.ignores('/elsewhere/build/a.dpia.md'), false, 'outside the root: only the patterns given');
  });

  it('--no-gitignore keeps .dpiaignore; negated patterns take files back', () => {
    const files = { '/r/.gitignore': 'build/\n', '/r/.dpiaignore': 'vendor/\n' };
    assert.equal(filter(files, { gitignore: false }).ignores('/r/build/a.dpia.md'), false);
    assert.equal(filter(files, { gitignore: false }).ignores('/r/vendor/a.dpia.md'), true);
    assert.equal(filter(files, { patterns: ['!build/**'] }).ignores('/r/build/a.dpia.md'), false);
    assert.equal(filter(files, { patterns: ['docs/*.md', '!docs/keep.md'] }).ignores('/r/docs/x.md'), true);
    assert.equal(filter(files, { patterns: ['docs/*.md', '!docs/keep.md'] }).ignores('/r/docs/keep.md'), false);
  });
});
