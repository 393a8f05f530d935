// Compiled by the typecheck step against the emitted declarations (dist/types): the package's
// programmatic API must be usable, and typed, by other tools.
import { check, createService, type Analysis, type CheckOptions, type Diagnostic, type DpiaService, type ServiceInit } from '../../dist/types/index';

const options: CheckOptions = { uri: 'a.dpia.md', today: '2026-01-01', severities: { 'risk.residual-missing': 'off' } };
const diagnostics: Diagnostic[] = check('---\ntype: dpia\ntitle: t\n---\n', options);
const init: ServiceInit = { settingsFor: () => ({ today: null }), readResource: () => undefined, logger: { log: () => undefined } };
const service: DpiaService = createService(init);
const updated: Analysis | undefined = service.update('file:///a.dpia.md', '# x', 1);
const fixes = updated?.diagnostics.flatMap((d) => d.fixes ?? []).map((f) => service.resolveFix('file:///a.dpia.md', f)) ?? [];
service.invalidate();
service.close('file:///a.dpia.md');
export const summary = diagnostics
  .map((d) => `${d.code} ${d.severity} ${d.range.start.line}`)
  .concat(updated?.diagnostics.map((d) => d.message) ?? [], fixes.map((f) => f.title), [updated?.environment.matrix.name ?? '']);
