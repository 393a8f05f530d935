// The adversarial corpus in the core: each input's check is timed; the scenario reports the slowest
// input (its median), which the 2 s budget per input applies to. The unit test only catches hangs.
import { join } from 'node:path';
import { check } from '../../src/core/index';
import { adversarialBytes, adversarialCases, adversarialName } from '../support/adversarial-inputs';
import { measure, type Budget, type Result } from './measure';

export function adversarialScenario(root: string, b: Budget, log: (s: string) => void): { result: Result; slowest: string } {
  const dir = join(root, 'test', 'fixtures', 'adversarial');
  let worst: { result: Result; slowest: string } | undefined;
  for (const c of adversarialCases(dir)) {
    const name = adversarialName(c);
    const text = new TextDecoder('utf-8').decode(adversarialBytes(dir, c));
    const r = measure('adversarial-slowest', `slowest input of the adversarial corpus through check() (${name})`, () => check(text, { uri: name, today: '2026-11-23' }), b);
    if (!worst || r.median_ms > worst.result.median_ms) worst = { result: r, slowest: name };
  }
  log(`adversarial corpus: slowest input ${worst!.slowest} (${worst!.result.median_ms.toFixed(0)} ms)`);
  return worst!;
}
