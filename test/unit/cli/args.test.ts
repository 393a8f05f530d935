// parse(argv): the command line as a typed description, one option table per subcommand.
import * as assert from 'node:assert/strict';
import { parse, SubcommandUsageError } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/config';

const DOC = { today: undefined, dates: true, matrix: undefined, catalogues: [], config: undefined, lang: undefined };

describe('dpia command line: parse', () => {
  it('check with every option, short and long', () => {
    assert.deepEqual(
      parse(['check', '-f', 'json', '--today', '2026-01-02', '--no-dates', '--matrix', 'ico', '--catalogue', 'a.yaml', '--catalogue=b.yaml', '--config', 'c.yaml', '--lang', 'nl', '--rule', 'measure.overdue=off', '--max-warnings', '3', '-j', '2', '--ignore', 'build/**', '--ignore', '!build/keep.dpia.md', '--no-gitignore', '--stdin-filename', 'in.dtia.md', 'docs', 'x.dpia.md', '-']),
      { name: 'check', paths: ['docs', 'x.dpia.md', '-'], ignore: ['build/**', '!build/keep.dpia.md'], gitignore: false, stdinFilename: 'in.dtia.md', format: 'json', today: '2026-01-02', dates: false, matrix: 'ico', catalogues: ['a.yaml', 'b.yaml'], config: 'c.yaml', lang: 'nl', rules: [['measure.overdue', 'off']], maxWarnings: 3, jobs: 2, debug: false },
    );
  });

  it('no arguments is check of the current folder with the defaults', () => {
    assert.deepEqual(parse([]), { name: 'check', paths: [], format: 'text', rules: [], maxWarnings: undefined, jobs: undefined, ignore: [], gitignore: true, stdinFilename: undefined, ...DOC, debug: false });
  });

  it('stdin: - is a path (also first), at most once; --stdin-filename only with -', () => {
    assert.deepEqual((parse(['-']) as { paths: string[] }).paths, ['-']);
    assert.throws(() => parse(['check', '-', '-']), /- \(stdin\) can be given only once/);
    assert.throws(() => parse(['check', '--stdin-filename', 'a.dpia.md', 'docs']), /--stdin-filename names the document read from stdin; give - as a path too/);
  });

  it('a first argument that is a path means check; options may come before the subcommand', () => {
    assert.deepEqual(parse(['docs/a.dpia.md', '--format', 'sarif']), { ...parse(['check', 'docs/a.dpia.md', '--format', 'sarif']) });
    assert.equal((parse(['docs/a.dpia.md']) as { paths: string[] }).paths[0], 'docs/a.dpia.md');
    assert.deepEqual(parse(['--today', '2026-01-02', 'table', 'a.md']), { name: 'table', file: 'a.md', write: false, ...DOC, today: '2026-01-02', debug: false });
  });

  it('table and pdf take one FILE and their own options', () => {
    assert.deepEqual(parse(['table', '--write', 'a.dpia.md']), { name: 'table', file: 'a.dpia.md', write: true, ...DOC, debug: false });
    assert.deepEqual(parse(['pdf', 'a.dpia.md', '-o', 'out.pdf', '--date', '2026-05-01', '--debug']), { name: 'pdf', file: 'a.dpia.md', output: 'out.pdf', date: '2026-05-01', ...DOC, debug: true });
  });

  it('rules, help per subcommand, overview help and version', () => {
    assert.deepEqual(parse(['rules']), { name: 'rules', debug: false });
    assert.deepEqual(parse(['--help']), { name: 'help', debug: false });
    assert.deepEqual(parse(['pdf', '--help']), { name: 'help', topic: 'pdf', debug: false });
    assert.deepEqual(parse(['-h', 'rules']), { name: 'help', topic: 'rules', debug: false });
    assert.deepEqual(parse(['table', 'a.md', '-v']), { name: 'version', debug: false });
  });

  it("another subcommand's option is a usage error naming the subcommands that take it", () => {
    const cases: [string[], RegExp, string][] = [
      [['check', '--write'], /^--write is not an option of dpia check; only dpia table takes it$/, 'check'],
      [['a.dpia.md', '--write'], /^--write is not an option of dpia check; only dpia table takes it$/, 'check'],
      [['table', 'a.md', '--format', 'sarif'], /^--format is not an option of dpia table; dpia check, dpia register and dpia diff take it$/, 'table'],
      [['rules', '--today', 'X'], /^--today is not an option of dpia rules; dpia check, dpia table, dpia pdf, dpia export, dpia register and dpia diff take it$/, 'rules'],
      [['check', '--date', '2026-01-01'], /^--date is not an option of dpia check; dpia pdf and dpia export take it$/, 'check'],
      [['table', 'a.md', '-o', 'x.pdf'], /^-o \(--output\) is not an option of dpia table; dpia check, dpia pdf, dpia export, dpia register and dpia diff take it$/, 'table'],
      [['pdf', 'a.md', '--jobs', '2'], /^--jobs is not an option of dpia pdf; dpia check and dpia register take it$/, 'pdf'],
      [['table', 'a.md', '--rule', 'measure.overdue=off'], /^--rule is not an option of dpia table; only dpia check takes it$/, 'table'],
    ];
    for (const [argv, message, subcommand] of cases)
      assert.throws(() => parse(argv), (e: unknown) => e instanceof SubcommandUsageError && message.test(e.message) && e.subcommand === subcommand, argv.join(' '));
  });

  it('impossible dates are usage errors that name the option and the value', () => {
    for (const [argv, message] of [
      [['check', '--today', '2026-13-45'], /^--today must be a real date YYYY-MM-DD, not "2026-13-45"$/],
      [['check', '--today', '2025-02-29'], /--today .*"2025-02-29"/],
      [['pdf', 'a.md', '--date', '2026-04-31'], /^--date must be a real date YYYY-MM-DD, not "2026-04-31"$/],
    ] as [string[], RegExp][])
      assert.throws(() => parse(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
    assert.equal((parse(['check', '--today', '2024-02-29']) as { today?: string }).today, '2024-02-29');
  });

  it('bad values, operands and unknown options or commands are usage errors', () => {
    for (const argv of [['--bogus'], ['frobnicate'], ['check', '--format', 'xml'], ['check', '--today', 'tomorrow'], ['check', '--lang', 'de'], ['check', '--max-warnings', '-1'], ['check', '-j', '0'], ['check', '--rule', 'nope=off'], ['table'], ['table', 'a.md', 'b.md'], ['pdf', 'a.md', '--date', '1 May'], ['rules', 'extra'], ['check', '--format']])
      assert.throws(() => parse(argv), UsageError, argv.join(' '));
  });

  it('register: -j/--jobs N takes 1 to 999 worker threads; without it, the default', () => {
    assert.equal((parse(['register', '-j', '2', 'docs']) as { jobs?: number }).jobs, 2);
    assert.equal((parse(['register', '--jobs=999']) as { jobs?: number }).jobs, 999);
    assert.equal('jobs' in parse(['register', 'docs']), false);
    for (const v of ['0', '1000', '-1', '2.5', 'two', '', '07'])
      assert.throws(() => parse(['register', `--jobs=${v}`]), (e: unknown) => e instanceof SubcommandUsageError && e.subcommand === 'register' && /^--jobs must be a whole number from 1 to 999$/.test(e.message), v);
  });
});
