// `dpia diff OLD NEW` and `dpia diff --since REV [FILE...]`: what changed in the risk register between
// two versions, compared by block id (src/core/diff). The old version comes from a file or from git
// (`git show REV:./name`, run in the file's folder, no shell); git errors become one clear line.
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { analyze, diffAnalyses, diffMarkdown, diffObject, diffText, isoToday, parseDocument, ParseCache, type RegisterDiff } from '../../core/index';
import { writeFileAtomic } from '../../node/atomic-write';
import type { Command } from '../args';
import { InputError } from '../config';
import type { Configured } from '../configure';
import { resourceReader } from '../check-files';
import { displayPath, isDpiaFile, MAX_FILE_BYTES, readText, resourceRoot } from '../files';
import { escapeControls, shouldColor } from '../format/index';
import type { Io } from '../io';

type DiffCommand = Extract<Command, { name: 'diff' }>;

/** One comparison: where the old version came from, and the new file. */
interface Pair {
  file: string;
  oldLabel: string;
  oldText: string;
  newText: string;
}

/** Runs git with arguments (never a shell) in `cwd`; a failure is a UsageError with git's reason in one line. */
function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES + 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new InputError('--since needs git, which was not found on PATH');
    if (err.code === 'ENOBUFS') throw new InputError(`the version from git is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const why = String(err.stderr ?? err.message).trim().split('\n').find((l) => l.trim()) ?? 'git failed';
    throw new InputError(`git: ${why.replace(/^fatal: /, '')}`);
  }
}

/** The text of `abs` at `rev`; a path git does not know at `rev` is a clear error. */
function atRevision(rev: string, abs: string): string {
  const cwd = dirname(abs);
  git(['rev-parse', '--show-toplevel'], cwd);
  return git(['show', `${rev}:./${basename(abs)}`], cwd);
}

/** The DPIA files changed since `rev` (added or modified, not deleted), relative to the working folder. */
function changedSince(rev: string, cwd: string): { file: string; added: boolean }[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const out = git(['diff', '--name-status', '--no-renames', '-z', '--diff-filter=AM', rev, '--', '.'], cwd);
  const parts = out.split('\0').filter(Boolean);
  const files: { file: string; added: boolean }[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const abs = resolve(top, parts[i + 1]);
    if (!/\.md$/i.test(abs)) continue;
    const r = readText(abs);
    if (r.ok && isDpiaFile(abs, r.text)) files.push({ file: abs, added: parts[i] === 'A' });
  }
  return files;
}

function pairs(command: DiffCommand, io: Io): Pair[] {
  const read = (file: string) => {
    const r = readText(resolve(io.cwd, file));
    if (!r.ok) throw new InputError(`${file}: ${r.error}`);
    return r.text;
  };
  if (command.since === undefined) {
    const [a, b] = command.files;
    return [{ file: resolve(io.cwd, b), oldLabel: a, oldText: read(a), newText: read(b) }];
  }
  const rev = command.since;
  if (command.files.length)
    return command.files.map((f) => {
      const abs = resolve(io.cwd, f);
      const newText = read(f);
      return { file: abs, oldLabel: `${rev}:${f}`, oldText: atRevision(rev, abs), newText };
    });
  return changedSince(rev, io.cwd).map(({ file, added }) => ({ file, oldLabel: `${rev}:${displayPath(file, io.cwd)}`, oldText: added ? '' : atRevision(rev, file), newText: read(file) }));
}

/** Prints (or writes) the diff of each pair; exit 1 with --fail-on-increase when a residual level went up. */
export function runDiff(command: DiffCommand, conf: Configured, io: Io): number {
  const today = conf.today === undefined ? isoToday() : conf.today;
  const results: { path: string; source: string; diff: RegisterDiff }[] = [];
  for (const p of pairs(command, io)) {
    const s = conf.settingsFor(p.file);
    const options = { uri: p.file, today, matrix: s.matrix, severities: s.severities, locale: conf.locale, catalogues: s.catalogues, readResource: resourceReader(resourceRoot(p.file, undefined, s.configBase)) };
    const analyse = (text: string) => analyze(parseDocument(p.file, text, new ParseCache()), options, 1);
    const path = displayPath(p.file, io.cwd);
    results.push({ path, source: `${p.oldLabel} → ${path}`, diff: diffAnalyses(analyse(p.oldText), analyse(p.newText), today) });
  }
  if (command.since !== undefined && !command.files.length && !results.length) io.err(`dpia: no DPIA or DTIA document changed since ${escapeControls(command.since)}\n`);
  let text: string;
  if (command.format === 'json') text = JSON.stringify({ files: results.map((r) => ({ path: r.path, source: r.source, ...diffObject(r.diff) })) }, null, 2) + '\n';
  else if (command.format === 'markdown') text = results.map((r) => diffMarkdown(r.diff, r.source)).join('\n');
  else {
    const color = !command.output && shouldColor(command.color, io.isTty, io.env);
    const paint = (s: string, as: 'up' | 'down' | 'heading') => (color ? `${as === 'up' ? '\x1b[31m' : as === 'down' ? '\x1b[32m' : '\x1b[1m'}${s}\x1b[0m` : s);
    text = results.map((r) => diffText(r.diff, { escape: escapeControls, paint }, r.source)).join('\n');
  }
  if (command.output) {
    const out = resolve(io.cwd, command.output);
    writeFileAtomic(out, text, { notOnto: results.map((r) => resolve(io.cwd, r.path)), write: io.write });
    io.err(`dpia: wrote ${displayPath(out, io.cwd)}\n`);
  } else io.out(text);
  return command.failOnIncrease && results.some((r) => r.diff.increased) ? 1 : 0;
}
