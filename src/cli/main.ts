// The `dpia` program: parse the command line, configure (settings, matrix, catalogues), run one subcommand.
import pkg from '../../package.json';
import { WriteError } from '../node/atomic-write';
import { parse, SubcommandUsageError, type Command } from './args';
import { ConfigError, InputError, UsageError } from './config';
import { configure } from './configure';
import { escapeControls, README_URL } from './format/index';
import { readStreamText } from './io';
import { overviewHelp, subcommandHelp } from './help';
import type { Io } from './io';
import { runCheck } from './commands/check';
import { runPdf } from './commands/pdf';
import { runExport } from './commands/export';
import { runRules } from './commands/rules';
import { runTable } from './commands/table';
import { runRegister } from './commands/register';
import { runDiff } from './commands/diff';

export type { Io };

const ISSUES_URL = README_URL.replace('#rules', '/issues');

/** One line asking for a report (exit code 3); the stack trace follows only with --debug. */
export function internalError(e: unknown, debug: boolean): string {
  const message = escapeControls(String((e as Error)?.message ?? e).split('\n')[0]);
  const line = `dpia: internal error: ${message}. This is a bug in dpia; please report it at ${ISSUES_URL} (run again with --debug for details).\n`;
  return debug ? `${line}${(e as Error)?.stack ?? e}\n` : line;
}

/** Runs the CLI; a number for the synchronous commands, a promise for `pdf` and `check --jobs`. */
export function run(argv: string[], io: Io): number | Promise<number> {
  const fail = (e: unknown) => {
    if (e instanceof ConfigError || e instanceof InputError) {
      io.err(`dpia: ${escapeControls(e.message)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      const help = e instanceof SubcommandUsageError ? `dpia ${e.subcommand} --help` : 'dpia --help';
      io.err(`dpia: ${escapeControls(e.message)}\nTry "${help}".\n`);
      return 2;
    }
    if (e instanceof WriteError) {
      io.err(`dpia: ${escapeControls(e.message)}\n`);
      return 2;
    }
    io.err(internalError(e, argv.includes('--debug')));
    return 3;
  };
  try {
    const r = runCommand(parse(argv), io);
    return typeof r === 'number' ? r : r.catch(fail);
  } catch (e) {
    return fail(e);
  }
}

/** Runs a parsed command: help and version need nothing, the others their configuration first. */
export function runCommand(command: Command, io: Io): number | Promise<number> {
  switch (command.name) {
    case 'help':
      io.out(command.topic ? subcommandHelp(command.topic) : overviewHelp(pkg.version));
      return 0;
    case 'version':
      io.out(pkg.version + '\n');
      return 0;
    case 'rules':
      return runRules(io);
    case 'check':
      return runCheck(command, configure(command, io), io);
    case 'table':
      return runTable(command, configure(command, io, command.file), io);
    case 'pdf':
      return runPdf(command, configure(command, io, command.file), io);
    case 'export':
      return runExport(command, configure(command, io, command.file), io);
    case 'register':
      return runRegister(command, configure(command, io), io);
    case 'diff':
      return runDiff(command, configure(command, io), io);
  }
}

if (require.main === module) {
  // Output piped into a reader that stopped (`| head`): end quietly. Anything else unexpected: exit 3, one line.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));
  process.on('uncaughtException', (e) => {
    process.stderr.write(internalError(e, process.argv.includes('--debug')));
    process.exit(3);
  });
  void Promise.resolve(run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    readStdin: () => readStreamText(process.stdin),
  })).then((code) => {
    process.exitCode = code;
  });
}
