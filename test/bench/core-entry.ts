// The core for the benchmark's fresh processes (dist/index.js exports only the public API:
// check, createService and their types).
export { parseDocument, ParseCache, buildRegister, resolveEnvironment, pdfDefinition } from '../../src/core/index';
