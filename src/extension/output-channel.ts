import vscode = require('vscode');

export type LogLevel = 'debug' | 'info';

/** What the extension and the core service say, in the "DPIA" output channel. */
export interface Logger {
  /** The core service's logger (`createService({ logger })`): info level. */
  log(message: string): void;
  info(message: string): void;
  /** Timings and other detail: written only when `dpia.logLevel` is `debug`. */
  debug(message: string): void;
  readonly channel: vscode.OutputChannel;
  /** The last lines written (at most 200), for the integration tests: an output channel cannot be read back. */
  readonly recent: string[];
}

/**
 * A plain output channel named "DPIA" (VS Code's log channels, `{ log: true }`, need 1.74; the
 * extension supports 1.73), with a timestamp and level on every line; debug lines follow the
 * `dpia.logLevel` setting.
 */
export function createLogger(): Logger & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('DPIA');
  const level = (): LogLevel => (vscode.workspace.getConfiguration('dpia').get<string>('logLevel') === 'debug' ? 'debug' : 'info');
  const recent: string[] = [];
  const write = (lvl: LogLevel, message: string) => {
    const line = `${new Date().toISOString()} [${lvl}] ${message}`;
    channel.appendLine(line);
    recent.push(line);
    if (recent.length > 200) recent.shift();
  };
  return {
    channel,
    recent,
    log: (m) => write('info', m),
    info: (m) => write('info', m),
    debug: (m) => {
      if (level() === 'debug') write('debug', m);
    },
    dispose: () => channel.dispose(),
  };
}

/** Resource problems (unreadable or invalid matrix and catalogues) are logged once per document and message, again when they change. */
export function resourceProblemLogger(logger: Pick<Logger, 'info'>): (uri: string, problems: readonly { code: string; message: string }[]) => void {
  const seen = new Map<string, string>();
  return (uri, problems) => {
    const key = problems.map((p) => `${p.code}: ${p.message}`).join('\n');
    if (seen.get(uri) === key) return;
    seen.set(uri, key);
    for (const p of problems) logger.info(`${uri}: ${p.code}: ${p.message}`);
  };
}
