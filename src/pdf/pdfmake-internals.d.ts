// pdfmake's own modules that src/pdf/hyphenate.ts patches (pdfmake 0.3 ships no types for them).
declare module 'pdfmake/js/LayoutBuilder' {
  const LayoutBuilder: unknown;
  export default LayoutBuilder;
}
declare module 'pdfmake/js/Line' {
  const Line: unknown;
  export default Line;
}
declare module 'pdfmake/js/TextInlines' {
  const TextInlines: unknown;
  export default TextInlines;
}
