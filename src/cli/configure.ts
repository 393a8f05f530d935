import { builtinMatrix, parseCatalogue, parseMatrix, type CheckOptions, type SeveritySetting } from '../core/index';
import { readResourceText } from '../node/safe-read';
import { at, loadConfig, UsageError } from './config';
import type { DocumentArgs } from './args';

/** What a command needs besides its own arguments: the settings file, matrix and catalogues, read and checked. */
export interface Configured {
  matrix?: CheckOptions['matrix'];
  catalogues: NonNullable<CheckOptions['catalogues']>;
  /** The config's severities with the --rule changes on top. */
  severities: Record<string, SeveritySetting>;
  maxWarnings?: number;
  /** The config file's folder, when a config file was read (document resources may widen to it). */
  configBase?: string;
  /** The message language: --lang, else the environment's LANG. */
  locale?: string;
  /** The date the date rules use; null with --no-dates. */
  today?: string | null;
}

export interface ConfigureIo {
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Loads the config file, the matrix and the catalogues a command names, with the safe reader:
 * resources from the command line stay inside the current folder, those of the config inside its
 * folder; a file that cannot be read, parsed or validated is a UsageError located as file:line:column.
 */
export function configure(command: DocumentArgs & { rules?: [string, SeveritySetting][]; maxWarnings?: number }, io: ConfigureIo): Configured {
  const config = loadConfig(command.config, io.cwd);
  const severities: Record<string, SeveritySetting> = { ...config.rules };
  for (const [code, severity] of command.rules ?? []) severities[code] = severity;
  const resource = (spec: string, fromConfig: boolean, what: string) => {
    const root = fromConfig ? config.base : io.cwd;
    const r = readResourceText(root, root, spec, { allowAbsolute: true });
    if (!r.ok) throw new UsageError(`${what} ${spec}: ${r.error}`);
    return r.text;
  };
  const matrixSpec = command.matrix ?? config.matrix;
  let matrix: CheckOptions['matrix'];
  if (matrixSpec !== undefined) {
    if (builtinMatrix(matrixSpec)) matrix = matrixSpec;
    else {
      const what = command.matrix ? '--matrix' : `matrix (in ${config.path})`;
      if (!/[./\\]/.test(matrixSpec)) throw new UsageError(`${what} ${matrixSpec}: not a built-in matrix (rijksdienst, ico, cnil) nor a path to a matrix file`);
      const text = resource(matrixSpec, !command.matrix, what);
      const problem = parseMatrix(text).problems[0];
      if (problem) throw new UsageError(`${what} ${at(matrixSpec, problem)}`);
      matrix = { origin: matrixSpec, text };
    }
  }
  const named = [...config.catalogues.map((c) => ({ c, fromConfig: true })), ...command.catalogues.map((c) => ({ c, fromConfig: false }))];
  const catalogues = named.map(({ c, fromConfig }) => {
    const what = fromConfig ? `catalogue (in ${config.path})` : '--catalogue';
    const text = resource(c, fromConfig, what);
    const problem = parseCatalogue(text, c).problems[0];
    if (problem) throw new UsageError(`${what} ${at(c, problem)}`);
    return { origin: c, text };
  });
  return {
    matrix,
    catalogues,
    severities,
    maxWarnings: command.maxWarnings ?? config.maxWarnings,
    configBase: config.path ? config.base : undefined,
    locale: command.lang ?? io.env.LANG,
    today: command.dates ? command.today : null,
  };
}
