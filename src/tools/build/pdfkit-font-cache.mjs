// Build-time change to pdfkit (pinned exactly in package.json: pdfmake 0.3.11, pdfkit 0.19.1).
//
// pdfkit parses the embedded font again for every document (fontkit.create), and text layout then
// starts from an empty glyph cache: most of a warm render's time. The fonts never change, so the
// parsed font is kept, keyed by its bytes (each document still makes its own subset; the PDF bytes
// are identical, which the PDF tests check). The plugin refuses to build when pdfkit's source no
// longer has the line it replaces, so an upgrade cannot silently drop or misapply the change.
import { readFileSync } from 'node:fs';

const FONT_CACHE = `
const __dpiaParsedFonts = [];
function __dpiaParsedFont(fontkit, src, family) {
  for (const f of __dpiaParsedFonts) if (f.family === family && f.src.length === src.length && Buffer.compare(f.src, src) === 0) return f.font;
  const font = fontkit.create(src, family);
  if (__dpiaParsedFonts.length < 8) __dpiaParsedFonts.push({ src: Buffer.from(src), family, font });
  return font;
}
`;

export const pdfkitFontCachePlugin = {
  name: 'pdfkit-font-cache',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (a) => {
      const source = readFileSync(a.path, 'utf8');
      const call = 'font = fontkit.create(src, family);';
      if (!source.includes(call) || !source.includes('class PDFFontFactory {')) throw new Error('pdfkit-font-cache: pdfkit changed; review src/tools/build/pdfkit-font-cache.mjs');
      const contents = source.replace(call, 'font = __dpiaParsedFont(fontkit, src, family);').replace('class PDFFontFactory {', FONT_CACHE + 'class PDFFontFactory {');
      return { contents, loader: 'js' };
    });
  },
};
