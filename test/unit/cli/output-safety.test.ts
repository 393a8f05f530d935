// Issue 11: a document cannot forge or erase log lines through the CLI's text and SARIF output, and an
// internal error is one line with exit code 3 (the stack trace only with --debug).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import { escapeControls, formatSarif, formatText } from '../../../src/cli/format/index';
import type { Diagnostic } from '../../../src/core/index';

const HOSTILE = 'a\x1b[2K\rb\x07c\nd\u2028e\u202ef\x9bg\x00h\ti';
const diag = (message: string): Diagnostic => ({ code: 'measure.unknown', severity: 'error', message, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } }, block: null });

describe('CLI output safety (issue 11)', () => {
  it('escapeControls shows C0, C1, line separators and bidi controls as visible escapes (tab stays)', () => {
    assert.equal(escapeControls(HOSTILE), 'a\\x1b[2K\\rb\\x07c\\nd\\u2028e\\u202ef\\x9bg\\x00h\ti');
    assert.equal(escapeControls('plain text, with “quotes” and é'), 'plain text, with “quotes” and é');
  });

  it('text output: one line per diagnostic, no raw control character from the document or its path', () => {
    const out = formatText([{ path: 'x\x1b]0;title\x07.dpia.md', diagnostics: [diag(`unknown measure "${HOSTILE}"`)] }], false);
    assert.equal(out.split('\n').length, 4, out);
    assert.doesNotMatch(out, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]/);
    assert.ok(out.startsWith('x\\x1b]0;title\\x07.dpia.md:2:3 error measure.unknown unknown measure "a\\x1b[2K\\rb'), out);
  });

  it('SARIF messages are escaped the same way', () => {
    const log = JSON.parse(formatSarif([{ path: 'a.dpia.md', diagnostics: [diag(HOSTILE)] }], { version: '0.0.0', base: process.cwd() }));
    assert.equal(log.runs[0].results[0].message.text, escapeControls(HOSTILE));
  });

  it('end to end: an id with ESC and CR in a document reaches the log only escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpia-out-'));
    try {
      writeFileSync(join(dir, 'a.dpia.md'), '---\ntype: dpia\ntitle: T\n---\n\n```risk\nid: R1\ntitle: t\nlikelihood: low\nimpact: low\nmitigations: ["X\\e[2K\\rFORGED 0 errors"]\n```\n');
      let out = '';
      const code = run(['check', 'a.dpia.md'], { cwd: dir, out: (s) => (out += s), err: () => undefined, isTty: false, env: {} });
      assert.equal(code, 1);
      assert.match(out, /X\\x1b\[2K\\rFORGED 0 errors/);
      assert.doesNotMatch(out, /[\x1b\r]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dpia table (printed, not written) shows control characters of titles as visible escapes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpia-out-'));
    try {
      writeFileSync(join(dir, 'a.dpia.md'), '---\ntype: dpia\ntitle: T\n---\n\n```risk\nid: R1\ntitle: "Bell\\a and \\e[31mred"\nlikelihood: low\nimpact: low\n```\n');
      let out = '';
      assert.equal(run(['table', 'a.dpia.md'], { cwd: dir, out: (s) => (out += s), err: () => undefined, isTty: false, env: {} }), 0);
      assert.match(out, /Bell\\x07 and \\x1b\\\[31mred/);
      assert.doesNotMatch(out, /[\x07\x1b]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an internal error exits 3 with one line asking to report it; --debug adds the stack trace', () => {
    const boom = (args: string[]) => {
      let err = '';
      const code = run(args, {
        cwd: process.cwd(),
        out: () => {
          throw new Error('exploded\nsecond line');
        },
        err: (s) => (err += s),
        isTty: false,
        env: {},
      });
      return { code, err };
    };
    const r = boom(['rules']);
    assert.equal(r.code, 3);
    assert.match(r.err, /^dpia: internal error: exploded\. This is a bug in dpia; please report it at https:\/\/\S+ \(run again with --debug for details\)\.\n$/);
    const d = boom(['rules', '--debug']);
    assert.equal(d.code, 3);
    assert.match(d.err, /\n\s+at /, 'stack trace with --debug');
  });
});
