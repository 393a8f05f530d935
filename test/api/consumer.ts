// Compiled by the typecheck step against the emitted declarations (dist/types): the package's
// programmatic API must be usable, and typed, by other tools.
import { check, createService, type CheckOptions, type Diagnostic, type DpiaService } from '../../dist/types/index';

const options: CheckOptions = { uri: 'a.dpia.md', today: '2026-01-01', severities: { 'risk.residual-missing': 'off' } };
const diagnostics: Diagnostic[] = check('---\ntype: dpia\ntitle: t\n---\n', options);
const service: DpiaService = createService({ today: null });
const updated: Diagnostic[] | undefined = service.update('file:///a.dpia.md', '# x', 1);
service.close('file:///a.dpia.md');
export const summary = diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line}`).concat(updated?.map((d) => d.message) ?? []);
