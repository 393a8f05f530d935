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
