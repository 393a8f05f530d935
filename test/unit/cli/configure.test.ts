// configure(command, io): the settings file, matrix and catalogues a command names, read and checked.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DocumentArgs } from '../../../src/cli/args';
import { ConfigError, UsageError } from '../../../src/cli/config';
import { configure } from '../../../src/cli/configure';

const CATALOGUE = 'measures:\n  - id: ORG-LOGS\n    party: organisation\n    title: {en: Logs, nl: Logs}\n    source: {report: Audit, date: 2026-01-01, section: F4}\n';

describe('dpia command line: configure', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpia-configure-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => ({ cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });

  it('without a config: the defaults, the locale from LANG, today as given', () => {
    const { settingsFor, ...c } = configure(parse(['check', '--today', '2026-01-02']) as DocumentArgs, io());
    assert.equal(typeof settingsFor, 'function');
    assert.deepEqual(c, { matrix: undefined, catalogues: [], severities: {}, maxWarnings: undefined, configBase: undefined, locale: 'nl_NL.UTF-8', today: '2026-01-02' });
  });

  it('the config file and the command line combine: --rule over rules, --lang over LANG, --no-dates is null', () => {
    writeFileSync(join(dir, '.dpia.yaml'), 'rules:\n  measure.overdue: error\n  risk.residual-missing: off\nmatrix: ico\ncatalogues: [own.yaml]\nmax-warnings: 4\n');
    writeFileSync(join(dir, 'own.yaml'), CATALOGUE);
    const c = configure(parse(['check', '--rule', 'measure.overdue=hint', '--lang', 'en', '--no-dates', '--today', '2026-01-02']) as Parameters<typeof configure>[0], io());
    assert.deepEqual(c.severities, { 'measure.overdue': 'hint', 'risk.residual-missing': 'off' });
    assert.equal(c.matrix, 'ico');
    assert.deepEqual(c.catalogues, [{ origin: 'own.yaml', text: CATALOGUE }]);
    assert.equal(c.maxWarnings, 4);
    assert.equal(c.configBase, dir);
    assert.equal(c.locale, 'en');
    assert.equal(c.today, null);
    assert.equal(configure(parse(['check', '--max-warnings', '0']) as Parameters<typeof configure>[0], io()).maxWarnings, 0, 'the command line wins');
  });

  it('table and pdf take the configuration of their FILE (nearest .dpia.yaml); --config applies one file to all, inside the working folder', () => {
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, '.dpia.yaml'), 'matrix: ico\n');
    writeFileSync(join(dir, 'team', '.dpia.yaml'), 'matrix: cnil\nrules:\n  measure.overdue: off\n');
    const table = parse(['table', 'team/a.md']) as DocumentArgs;
    assert.equal(configure(table, io(), 'team/a.md').matrix, 'cnil');
    assert.equal(configure(table, io(), 'b.md').matrix, 'ico');
    const c = configure(parse(['check']) as DocumentArgs, io());
    assert.equal(c.matrix, 'ico', 'check: the working folder');
    assert.deepEqual(c.settingsFor(join(dir, 'team', 'deep', 'x.dpia.md')), { matrix: 'cnil', catalogues: [], severities: { 'measure.overdue': 'off' }, configBase: join(dir, 'team') });
    assert.equal(configure(parse(['check', '--config', 'team/.dpia.yaml']) as DocumentArgs, io()).settingsFor(join(dir, 'x.dpia.md')).matrix, 'cnil');
    assert.throws(() => configure(parse(['check', '--config', '../elsewhere.yaml']) as DocumentArgs, io()), (e: unknown) => e instanceof ConfigError && /outside the allowed folder/.test(e.message));
    assert.throws(() => configure(parse(['check', '--config', 'none.yaml']) as DocumentArgs, io()), (e: unknown) => e instanceof ConfigError && /^config none\.yaml: no such file$/.test(e.message));
  });

  it('a matrix or catalogue that cannot be used is a located usage error', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'measures: [\n');
    assert.throws(() => configure(parse(['table', 'a.md', '--catalogue', 'bad.yaml']) as DocumentArgs, io()), (e: unknown) => e instanceof UsageError && /^--catalogue bad\.yaml:\d+:\d+: /.test(e.message));
    assert.throws(() => configure(parse(['pdf', 'a.md', '--matrix', 'nonesuch']) as DocumentArgs, io()), /--matrix nonesuch: not a built-in matrix/);
    assert.throws(() => configure(parse(['check', '--catalogue', '../outside.yaml']) as DocumentArgs, io()), UsageError);
  });
});
