import { CODES } from '../../core/index';
import type { Io } from '../io';

/** `dpia rules`: one line per rule code with its default severity and description. */
export function runRules(io: Pick<Io, 'out'>): number {
  for (const [code, { severity, rule }] of CODES) io.out(`${code.padEnd(30)} ${severity.padEnd(8)} ${rule.description.en}\n`);
  return 0;
}
