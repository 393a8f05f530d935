import { CODES } from '../../core/index';
import type { Io } from '../io';

/** `dpia rules`: one line per rule code with its default severity, tags and description. */
export function runRules(io: Pick<Io, 'out'>): number {
  for (const [code, { severity, rule }] of CODES) io.out(`${code.padEnd(35)} ${severity.padEnd(8)} ${rule.tags.join(',').padEnd(14)} ${rule.description.en}\n`);
  return 0;
}
