// The options of `dpia register`, read and checked (a usage error names the option).
import { FAIL_CONDITIONS, type FailCondition } from '../../core/org-register/aggregate';

export type RegisterFormat = 'text' | 'markdown' | 'json' | 'csv' | 'pdf' | 'html';
const FORMATS: RegisterFormat[] = ['text', 'markdown', 'json', 'csv', 'pdf', 'html'];

export interface RegisterArgs {
  paths: string[];
  format: RegisterFormat;
  horizon: number;
  staleDays?: number;
  failOn: FailCondition[];
  /** -o FILE: where to write (atomically); required for pdf and html. */
  output?: string;
  /** -j N: worker threads (default: as `dpia check`, see defaultJobs). */
  jobs?: number;
}

export function parseRegisterArgs(o: Record<string, unknown>, operands: string[], fail: (message: string) => never): RegisterArgs {
  const str = (k: string) => o[k] as string | undefined;
  const format = str('format') ?? 'text';
  if (!(FORMATS as string[]).includes(format)) fail(`--format must be ${FORMATS.join(', ')} for dpia register, not "${format}"`);
  const days = (k: string): number | undefined => {
    const v = str(k);
    if (v === undefined) return undefined;
    if (!/^\d{1,5}$/.test(v)) fail(`--${k} must be a whole number of days (0 to 99999), not "${v}"`);
    return Number(v);
  };
  const failOn = (str('fail-on') ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  for (const c of failOn) if (!(FAIL_CONDITIONS as readonly string[]).includes(c)) fail(`--fail-on: unknown condition "${c}" (conditions: ${FAIL_CONDITIONS.join(', ')})`);
  const output = str('output');
  if (output === '') fail('--output needs a file name');
  if ((format === 'pdf' || format === 'html') && output === undefined) fail(`--format ${format} writes a file: name it with -o FILE.${format}`);
  const jobs = str('jobs');
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) fail('--jobs must be a whole number from 1 to 999');
  return { paths: operands, format: format as RegisterFormat, horizon: days('horizon') ?? 90, staleDays: days('stale-days'), failOn: failOn as FailCondition[], ...(output !== undefined ? { output } : {}), ...(jobs !== undefined ? { jobs: Number(jobs) } : {}) };
}
