import { dirname, resolve } from 'node:path';
import { builtinMatrix, parseCatalogue, parseMatrix, type CheckOptions, type SeveritySetting } from '../core/index';
import { ConfigFinder, fileConfigReader, loadConfigFile, repositoryRoot, type ConfigReader } from '../node/config-discovery';
import { formatConfigProblem, type ConfigResult, type DpiaConfig } from '../node/config-file';
import { isInside, readResourceText } from '../node/safe-read';
import { at, ConfigError, UsageError } from './config';
import type { DocumentArgs } from './args';
import { displayPath } from './files';

/** The settings one document is checked with: its configuration file's, with the command line on top. */
export interface FileSettings {
  matrix?: CheckOptions['matrix'];
  catalogues: NonNullable<CheckOptions['catalogues']>;
  /** The config's severities with the --rule changes on top. */
  severities: Record<string, SeveritySetting>;
  /** The config file's folder, when a config file applies (document resources may widen to it). */
  configBase?: string;
}

/** What a command needs besides its own arguments: the settings files, matrix and catalogues, read and checked. */
export interface Configured extends FileSettings {
  maxWarnings?: number;
  /** The message language: --lang, else the environment's LANG. */
  locale?: string;
  /** The date the date rules use; null with --no-dates. */
  today?: string | null;
  /** The settings of a document (absolute path): the nearest configuration file from its folder up to the root. */
  settingsFor(file: string): FileSettings;
}

export interface ConfigureIo {
  cwd: string;
  env: Record<string, string | undefined>;
}

type ConfigureCommand = DocumentArgs & { rules?: [string, SeveritySetting][]; maxWarnings?: number };

/**
 * The root a document's configuration is looked for up to: the repository root (the nearest folder
 * with `.git`), else the working folder when the document is inside it, else the document's folder.
 */
export function configRoot(folder: string, cwd: string, gitRoots = new Map<string, string | undefined>()): string {
  if (!gitRoots.has(folder)) gitRoots.set(folder, repositoryRoot(folder));
  return gitRoots.get(folder) ?? (isInside(cwd, folder) ? cwd : folder);
}

/**
 * Loads the configuration, the matrix and the catalogues a command names, with the safe reader:
 * `--config FILE` applies to every document; otherwise each document gets the nearest `.dpia.yaml`
 * from its folder upwards to the root (see configRoot). Resources from the command line stay inside
 * the current folder, those of a config file inside its folder. A file that cannot be read, parsed or
 * validated is a ConfigError or UsageError located as file:line:column. The top-level settings are
 * those of `file` (table, pdf), else of the working folder (check).
 */
export function configure(command: ConfigureCommand, io: ConfigureIo, file?: string): Configured {
  const finder = new ConfigFinder(fileConfigReader());
  const gitRoots = new Map<string, string | undefined>();
  // --config FILE: a file inside the working folder (a link out of it is refused), as for --catalogue.
  const insideCwd: ConfigReader = (path) => readResourceText(io.cwd, io.cwd, path, { allowAbsolute: true });
  const explicit = command.config !== undefined ? loadConfigFile(resolve(io.cwd, command.config), insideCwd) : undefined;
  const configOf = (folder: string): DpiaConfig | undefined => {
    const r: ConfigResult | undefined = explicit ?? finder.find(folder, configRoot(folder, io.cwd, gitRoots));
    if (r && !r.ok) throw new ConfigError(`config ${formatConfigProblem(r.problem, displayPath(r.problem.path, io.cwd))}`);
    return r?.config;
  };
  const cache = new Map<string, FileSettings>();
  const settingsOf = (config: DpiaConfig | undefined): FileSettings => {
    const key = config?.path ?? '';
    let s = cache.get(key);
    if (!s) cache.set(key, (s = fileSettings(command, io.cwd, config)));
    return s;
  };
  const settingsFor = (f: string) => settingsOf(configOf(dirname(resolve(io.cwd, f))));
  const top = file !== undefined ? configOf(dirname(resolve(io.cwd, file))) : configOf(io.cwd);
  const cwdConfig = file !== undefined ? configOf(io.cwd) : top;
  return {
    ...settingsOf(top),
    maxWarnings: command.maxWarnings ?? cwdConfig?.maxWarnings,
    locale: command.lang ?? io.env.LANG,
    today: command.dates ? command.today : null,
    settingsFor,
  };
}

/** Reads the matrix and catalogues of one configuration file and of the command line. */
function fileSettings(command: ConfigureCommand, cwd: string, config: DpiaConfig | undefined): FileSettings {
  const severities: Record<string, SeveritySetting> = { ...config?.rules };
  for (const [code, severity] of command.rules ?? []) severities[code] = severity;
  const shownConfig = config ? displayPath(config.path, cwd) : '';
  const resource = (spec: string, fromConfig: boolean, what: string) => {
    const root = fromConfig && config ? config.base : cwd;
    const r = readResourceText(root, root, spec, { allowAbsolute: true });
    if (!r.ok) throw new UsageError(`${what} ${spec}: ${r.error}`);
    return r.text;
  };
  const matrixSpec = command.matrix ?? config?.matrix;
  let matrix: CheckOptions['matrix'];
  if (matrixSpec !== undefined) {
    if (builtinMatrix(matrixSpec)) matrix = matrixSpec;
    else {
      const what = command.matrix ? '--matrix' : `matrix (in ${shownConfig})`;
      if (!/[./\\]/.test(matrixSpec)) throw new UsageError(`${what} ${matrixSpec}: not a built-in matrix (rijksdienst, ico, cnil) nor a path to a matrix file`);
      const text = resource(matrixSpec, !command.matrix, what);
      const problem = parseMatrix(text).problems[0];
      if (problem) throw new UsageError(`${what} ${at(matrixSpec, problem)}`);
      matrix = { origin: matrixSpec, text };
    }
  }
  const named = [...(config?.catalogues ?? []).map((c) => ({ c, fromConfig: true })), ...command.catalogues.map((c) => ({ c, fromConfig: false }))];
  const catalogues = named.map(({ c, fromConfig }) => {
    const what = fromConfig ? `catalogue (in ${shownConfig})` : '--catalogue';
    const text = resource(c, fromConfig, what);
    const problem = parseCatalogue(text, c).problems[0];
    if (problem) throw new UsageError(`${what} ${at(c, problem)}`);
    return { origin: c, text };
  });
  return { matrix, catalogues, severities, configBase: config?.base };
}
