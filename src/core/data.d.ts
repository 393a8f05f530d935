// Data files are embedded as text by the bundler (esbuild loader "text").
declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module '*.md' {
  const text: string;
  export default text;
}
declare module '*.ttf' {
  const bytes: Uint8Array;
  export default bytes;
}
// JSON Schema validators compiled at build time (esbuild.config.mjs, ajv standalone code).
declare module 'virtual:dpia-validators' {
  import type { ValidateFunction } from 'ajv';
  export const risk: ValidateFunction;
  export const measure: ValidateFunction;
  export const transfer: ValidateFunction;
  export const data: ValidateFunction;
  export const processing: ValidateFunction;
  export const purpose: ValidateFunction;
  export const prescan: ValidateFunction;
  export const frontmatter: ValidateFunction;
  export const matrix: ValidateFunction;
  export const catalogue: ValidateFunction;
  export const config: ValidateFunction;
}
