// The export tree as a Word document with the `docx` package: Word's own heading styles (so the
// navigation pane and the table of contents work), a table of contents filled in with page numbers,
// real tables whose header rows repeat on every page and whose rows are not split, shaded level
// cells, A4, a footer with the title and "page X of Y", and the document properties. The zip is
// written again with fixed dates (fflate): identical input gives identical bytes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Cell, ExportBlock, ExportDocument, Inline } from '../render/document-model';
import { kindLabel } from '../render/document-cards';
import { ink } from '../render/pdf-card';
import { label } from '../render/labels';
import { fitColumns } from './widths';

/** A4 in twentieths of a point, 2 cm margins; the text width in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const FONT = 'Calibri';
const MONO = 'Consolas';
const hex = (c: string) => (/^#[0-9a-fA-F]{6}$/.test(c) ? c.slice(1).toUpperCase() : '9E9E9E');

/** Text without the characters XML 1.0 cannot hold (a Word document with them does not open). */
function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function runs(ins: Inline[], base: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const i of ins) {
    if (i.type === 'break') out.push(new TextRun({ ...base, break: 1 }));
    else if (i.type === 'link') {
      const text = xmlSafe(i.text);
      const url = xmlSafe(i.url);
      // Only web and mail links are clickable; every URL is printed as text after its link text.
      if (/^(https?:|mailto:)/i.test(url)) out.push(new ExternalHyperlink({ link: url, children: [new TextRun({ ...base, text, style: 'Hyperlink' })] }));
      else out.push(new TextRun({ ...base, text }));
      if (url !== text) out.push(new TextRun({ ...base, text: ` (${url})`, color: '555555' }));
    } else out.push(new TextRun({ ...base, text: xmlSafe(i.text), bold: i.bold || base.bold, italics: i.italic, strike: i.strike, ...(i.code ? { font: MONO, shading: { type: ShadingType.CLEAR, fill: 'F1F1F1', color: 'auto' } } : {}) }));
  }
  return out;
}

const para = (ins: Inline[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}, base: IRunOptions = {}) => new Paragraph({ ...extra, children: runs(ins, base) });

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'AAAAAA' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(c: Cell, width: number, header = false, align?: string | null): TableCell {
  const fill = c.level ? hex(c.level.color) : header ? 'EEEEEE' : undefined;
  const color = c.level ? ink(`#${hex(c.level.color)}`).slice(1) : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    children: [para(c.inlines, { alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : undefined }, { bold: header || c.bold || !!c.level, color, size: 19 })],
  });
}

/** Cell margins (twips) of every table: Word counts them inside the column width. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

function widthsFor(rows: Cell[][], width: number): number[] {
  // 9.5 pt Calibri (or the wider font a word processor puts in its place): about 115 twips a character.
  return fitColumns(rows, width, 115, CELL_MARGINS.left + CELL_MARGINS.right);
}

function table(header: Cell[], rows: Cell[][], width: number, align: ('left' | 'center' | 'right' | null)[] = []): Table {
  const n = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const pad = (r: Cell[]) => Array.from({ length: n }, (_, j) => r[j] ?? { inlines: [] });
  const widths = widthsFor([header, ...rows].map(pad), width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGINS,
    borders: { top: NONE, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: pad(header).map((c, j) => cell(c, widths[j], true, align[j])) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: pad(r).map((c, j) => cell(c, widths[j], false, align[j])) })),
    ],
  });
}

type Child = Paragraph | Table | TableOfContents;

function cardTable(b: Extract<ExportBlock, { type: 'card' }>, doc: ExportDocument, width: number): Table {
  const lw = Math.min(2400, Math.floor(width * 0.28));
  const vw = width - lw;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: 2,
        width: { size: width, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, fill: 'E8EEF5', color: 'auto' },
        children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: `${kindLabel(b.kind, doc.lang)} `, color: '555555' }), new TextRun({ text: xmlSafe(b.title && b.title !== b.id ? `${b.id}  ${b.title}` : b.id), bold: true })] })],
      }),
    ],
  });
  const marks = b.marks.map(
    (m) => new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: 2, width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(m.text), bold: true, color: m.severity === 'error' ? 'C62828' : 'A15C00' })] })] })] }),
  );
  const rows = b.fields.map((f) => {
    const lines = Array.isArray(f.value[0]) ? (f.value as Inline[][]) : [f.value as Inline[]];
    const fill = f.level ? hex(f.level.color) : undefined;
    const value = lines.length === 1 ? [para(lines[0], {}, f.level ? { bold: true, color: ink(`#${fill}`).slice(1) } : {})] : lines.map((l) => para(l, { numbering: { reference: 'bullets', level: 0 } }));
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: lw, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(f.label), bold: true, color: '333333' })] })] }),
        new TableCell({ width: { size: vw, type: WidthType.DXA }, shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined, children: value }),
      ],
    });
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'C5D3E3' };
  return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: [lw, vw], margins: CELL_MARGINS, borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: { ...border, color: 'DDDDDD' }, insideVertical: NONE }, rows: [head, ...marks, ...rows] });
}

function heatTables(b: Extract<ExportBlock, { type: 'heatmap' }>, width: number): Child[] {
  const { heat: h, axes, lang } = b.view;
  const out: Child[] = [new Paragraph({ keepNext: true, children: [new TextRun({ text: xmlSafe(b.title), bold: true })] })];
  for (const which of ['before', 'after'] as const) {
    const w = Math.floor((width * 0.6) / (h.cols.length + 1));
    const white = { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' };
    out.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: label(which, lang), bold: true })] }));
    out.push(
      new Table({
        width: { size: w * (h.cols.length + 1), type: WidthType.DXA },
        columnWidths: Array(h.cols.length + 1).fill(w),
        borders: { top: white, bottom: white, left: white, right: white, insideHorizontal: white, insideVertical: white },
        rows: [
          new TableRow({ cantSplit: true, children: [new TableCell({ width: { size: w, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(`${axes.impact} \\ ${axes.likelihood}`), size: 14 })] })] }), ...h.cols.map((c) => new TableCell({ width: { size: w, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(c), bold: true, size: 16 })] })] }))] }),
          ...h.rows.map(
            (r, i) =>
              new TableRow({
                cantSplit: true,
                children: [
                  new TableCell({ width: { size: w, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }, children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(r), bold: true, size: 16 })] })] }),
                  ...h.cols.map((_, j) => {
                    const n = h[which][i][j];
                    const mark = h.overrides[which].some((o) => o.row === i && o.col === j) ? '*' : '';
                    return new TableCell({ width: { size: w, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: hex(h.colors[i][j]), color: 'auto' }, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: n ? `${n}${mark}` : '', bold: true, size: 24, color: ink(`#${hex(h.colors[i][j])}`).slice(1) })] })] });
                  }),
                ],
              }),
          ),
        ],
      }),
    );
    for (const o of h.overrides[which]) out.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(label('heatOverride', lang, o.id, o.level, o.matrixLevel)), size: 16 })] }));
  }
  return out;
}

/** PNG and JPEG sizes in pixels, read from their headers; undefined when unknown. */
export function imageSize(data: Uint8Array, mime: string): { width: number; height: number } | undefined {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (mime === 'image/png' && data.length >= 24) return { width: v.getUint32(16), height: v.getUint32(20) };
  if (mime === 'image/jpeg') {
    for (let i = 2; i + 9 < data.length; ) {
      if (data[i] !== 0xff) return undefined;
      const marker = data[i + 1];
      const len = v.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: v.getUint16(i + 5), width: v.getUint16(i + 7) };
      i += 2 + len;
    }
  }
  return undefined;
}

/** The ordered lists written so far in the document being built (each is a numbering instance of its own). */
const lists = { count: 0 };

function number(level: number, start = 1) {
  return { level, start, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } } };
}

/** A numbered list starting at `start` (Markdown "3. …"): a definition of its own, added to the document once. */
function numbersFrom(start: number) {
  return { reference: `numbers-from-${start}`, levels: Array.from({ length: 9 }, (_, i) => number(i, start)) };
}

function blocks(list: ExportBlock[], doc: ExportDocument, width: number, listDepth = 0): Child[] {
  const out: Child[] = [];
  for (const b of list) out.push(...block(b, doc, width, listDepth));
  return out;
}

function block(b: ExportBlock, doc: ExportDocument, width: number, listDepth: number): Child[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.depth], keepNext: true, spacing: { before: b.depth <= 2 ? 360 : 240, after: 120 }, children: runs(b.inlines) })];
    case 'paragraph':
      return [para(b.inlines, { spacing: { after: 120 } })];
    case 'list': {
      const out: Child[] = [];
      const level = Math.min(listDepth, 8);
      // Each ordered list counts from its own start: a list instance of its own (a list starting at n: a definition of its own).
      const numbering = b.ordered
        ? { reference: b.start && b.start !== 1 ? numbersFrom(b.start) : 'numbers', level, instance: ++lists.count }
        : { reference: 'bullets', level };
      b.items.forEach((it) => {
        const box = it.checked === undefined ? [] : [{ type: 'text' as const, text: it.checked ? '☑ ' : '☐ ' }];
        const [first, ...rest] = it.blocks;
        if (first?.type === 'paragraph') out.push(para([...box, ...first.inlines], { numbering }));
        else out.push(para(box, { numbering }), ...(first ? block(first, doc, width, listDepth + 1) : []));
        for (const r of rest) out.push(...(r.type === 'paragraph' ? [para(r.inlines, { indent: { left: 720 * (level + 1) } })] : block(r, doc, width, listDepth + 1)));
      });
      return out;
    }
    case 'quote':
      // Paragraphs of a quote take the Quote style (indented, a grey bar on the left); lists, tables and code stay as they are.
      return b.blocks.flatMap((x) => (x.type === 'paragraph' ? [para(x.inlines, { style: 'Quote' })] : block(x, doc, width, listDepth)));
    case 'code':
      return b.text.split('\n').map((line, i, all) => new Paragraph({ shading: { type: ShadingType.CLEAR, fill: 'F4F4F4', color: 'auto' }, spacing: { after: i === all.length - 1 ? 120 : 0 }, children: [new TextRun({ text: xmlSafe(line.replace(/\t/g, '    ')) || ' ', font: MONO, size: 17 })] }));
    case 'table':
      return [table(b.header, b.rows, width, b.align), new Paragraph({ children: [] })];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } }, children: [] })];
    case 'image': {
      const size = b.data && b.mime ? imageSize(b.data, b.mime) : undefined;
      if (b.data && b.mime && size && size.width > 0 && size.height > 0) {
        // Fit the text width (in pixels at 96 dpi) and at most 15 cm high.
        const maxW = (width / 1440) * 96;
        const maxH = (15 / 2.54) * 96;
        const scale = Math.min(1, maxW / size.width, maxH / size.height);
        return [
          new Paragraph({ children: [new ImageRun({ type: b.mime === 'image/png' ? 'png' : 'jpg', data: b.data, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) }, altText: { name: xmlSafe(b.alt || 'image'), description: xmlSafe(b.alt), title: xmlSafe(b.alt) } })] }),
          ...(b.alt ? [new Paragraph({ children: [new TextRun({ text: xmlSafe(b.alt), italics: true, size: 16, color: '555555' })] })] : []),
        ];
      }
      return [new Paragraph({ children: [new TextRun({ text: xmlSafe(`[${b.alt}]`), italics: true }), new TextRun({ text: xmlSafe(` (${b.url})`), color: '555555' })] })];
    }
    case 'card':
      return [cardTable(b, doc, width), new Paragraph({ children: [] })];
    case 'risk-table':
      return [new Paragraph({ keepNext: true, children: [new TextRun({ text: xmlSafe(b.title), bold: true })] }), table(b.header, b.rows, width), new Paragraph({ children: [] })];
    case 'heatmap':
      return heatTables(b, width);
  }
}

/**
 * The Word document's zip written again so that identical input gives identical bytes: a fixed time
 * on every entry and in the core properties, and the random relationship ids docx gives hyperlinks
 * (nanoid, 21 characters) numbered in order of appearance instead.
 */
function reproducible(zip: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(zip);
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${date}T00:00:00Z$2`));
  const ids = new Map<string, string>();
  const RANDOM = /(?<![A-Za-z0-9_-])rId[A-Za-z0-9_-]{21}(?![A-Za-z0-9_-])/g;
  for (const name of Object.keys(files).filter((n) => n.endsWith('.rels')).sort()) for (const m of strFromU8(files[name]).matchAll(RANDOM)) if (!ids.has(m[0])) ids.set(m[0], `rIdX${ids.size + 1}`);
  if (ids.size) for (const name of Object.keys(files)) if (/\.(xml|rels)$/.test(name)) files[name] = strToU8(strFromU8(files[name]).replace(RANDOM, (id) => ids.get(id) ?? id));
  // fflate writes the entry time from the local-time fields: made from local fields, it is the same in every time zone.
  const [y, m, d] = date.split('-').map(Number);
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  return zipSync(Object.fromEntries(names.map((n) => [n, [files[n], { mtime, level: 6 }]])));
}

/** The whole document as DOCX bytes. */
export async function documentDocx(doc: ExportDocument): Promise<Uint8Array> {
  lists.count = 0;
  const fields = doc.titlePage.fields.map(
    (f) => new Paragraph({ spacing: { after: 80 }, tabStops: [{ type: TabStopType.LEFT, position: 2600 }], children: [new TextRun({ text: xmlSafe(f.label), bold: true, color: '333333' }), new TextRun({ text: `\t${xmlSafe(f.value)}` })] }),
  );
  const title = xmlSafe(doc.footer.title);
  const [before, after] = doc.footer.page.split('{page}');
  const [middle, end] = (after ?? '').split('{pages}');
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          // Word cuts the title at the tab stop: it never runs into the page number.
          new TextRun({ text: title.length > 80 ? `${title.slice(0, 79)}…` : title, size: 16, color: '666666' }),
          new TextRun({ children: ['\t', before ?? '', PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, end ?? ''], size: 16, color: '666666' }),
        ],
      }),
    ],
  });
  const body: Child[] = [
    new Paragraph({ spacing: { before: 2400, after: 120 }, children: [new TextRun({ text: xmlSafe(doc.titlePage.title), bold: true, size: 48 })] }),
    ...(doc.meta.subject ? [new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: xmlSafe(doc.meta.subject), size: 26, color: '555555' })] })] : []),
    ...fields,
    new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: xmlSafe(doc.tocTitle), bold: true, size: 32 })] }),
    new TableOfContents(doc.tocTitle, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    ...blocks(doc.body, doc, TEXT_WIDTH),
  ];
  if (doc.annex) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(xmlSafe(doc.annex.title))] }), ...blocks(doc.annex.blocks, doc, TEXT_WIDTH));
  const bullet = (level: number) => ({ level, format: LevelFormat.BULLET, text: level % 2 ? '◦' : '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } } });
  const document = new Document({
    title: xmlSafe(doc.meta.title),
    subject: xmlSafe(doc.meta.subject ?? ''),
    creator: xmlSafe(doc.meta.author ?? 'DPIA Assistant'),
    lastModifiedBy: 'DPIA Assistant',
    description: xmlSafe([doc.meta.organisation, doc.meta.subject].filter(Boolean).join(' — ')),
    pageNumbers: estimatePageNumbers,
    styles: {
      default: { document: { run: { font: FONT, size: 21 } } },
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: '444444', italics: true }, paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C8C8C8', space: 8 } } } },
      ],
    },
    numbering: { config: [{ reference: 'bullets', levels: Array.from({ length: 9 }, (_, i) => bullet(i)) }, { reference: 'numbers', levels: Array.from({ length: 9 }, (_, i) => number(i)) }] },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } }, titlePage: true }, footers: { default: footer, first: new Footer({ children: [new Paragraph({ children: [] })] }) }, children: body }],
  });
  const bytes = await Packer.toBuffer(document);
  return reproducible(new Uint8Array(bytes), doc.meta.date);
}
