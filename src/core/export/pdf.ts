// The export tree as a pdfmake document: A4, a title page, a table of contents with page numbers,
// the prose with its headings, lists, quotes, tables, code and images, the cards, the risk table and
// heat maps, an annex for what the document does not place, and a footer with the title and
// "page X of Y". Fixed dates: identical input gives identical bytes.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Cell, ExportBlock, ExportDocument } from '../render/document-model';
import { heatTable } from '../render/pdf-definition';
import { ink, pdfCard, pdfInlines } from '../render/pdf-card';
import { kindLabel } from '../render/document-cards';
import { clip, PAGE, TABLE_LAYOUT } from '../render/pdf-text';
import { fitColumns } from './widths';

const FULL = PAGE.portrait - 2 * PAGE.margin;
const HEADING_SIZE = [0, 18, 14, 12, 10.5, 10, 9.5];

type Margins = [number, number, number, number];

/** Characters of the title that fit the footer beside "Page X of Y" at 8 pt (DejaVu Sans averages under 0.6 em). */
const FOOTER_CHARS = Math.floor((FULL - 100) / (8 * 0.62));

function cellContent(c: Cell): TableCell {
  const base: TableCell = { text: pdfInlines(c.inlines), bold: c.bold };
  return c.level ? { ...base, fillColor: c.level.color, color: ink(c.level.color), bold: true } : base;
}

/** Column widths (without padding, as pdfmake takes them) filling `width` points. */
function tableWidths(rows: Cell[][], width: number): number[] {
  const n = Math.max(1, ...rows.map((r) => r.length));
  // 9.5 pt DejaVu Sans, bold in the header: an average character is about 0.62 em.
  return fitColumns(rows, width - 2 * 4 * n, 9.5 * 0.62);
}

function table(header: Cell[], rows: Cell[][], width: number, align: ('left' | 'center' | 'right' | null)[] = []): Content {
  const n = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const pad = (r: Cell[]) => Array.from({ length: n }, (_, j) => r[j] ?? { inlines: [] });
  const widths = tableWidths([header, ...rows].map(pad), width);
  const body: TableCell[][] = [
    pad(header).map((c, j) => ({ ...(cellContent(c) as object), bold: true, fillColor: '#eeeeee', alignment: align[j] ?? undefined }) as TableCell),
    ...rows.map((r) => pad(r).map((c, j) => ({ ...(cellContent(c) as object), alignment: align[j] ?? undefined }) as TableCell)),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths, body }, layout: TABLE_LAYOUT, margin: [0, 2, 0, 8] };
}

/**
 * The blocks in order; a heading travels with the paragraph after it (one unbreakable stack), so a
 * heading is never the last line of a page. (pdfmake's pageBreakBefore would lay the whole document
 * out again for every such heading.)
 */
function blocks(list: ExportBlock[], doc: ExportDocument, width: number): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    const next = list[i + 1];
    if (b.type === 'heading' && next?.type === 'paragraph') {
      out.push({ stack: [block(b, doc, width), block(next, doc, width)], unbreakable: true });
      i++;
    } else out.push(block(b, doc, width));
  }
  return out;
}

function block(b: ExportBlock, doc: ExportDocument, width: number): Content {
  switch (b.type) {
    case 'heading':
      return {
        text: pdfInlines(b.inlines),
        fontSize: HEADING_SIZE[b.depth],
        bold: true,
        id: b.anchor,
        tocItem: b.depth <= 3,
        tocMargin: [(b.depth - 1) * 12, 0, 0, 2] as Margins,
        margin: [0, b.depth <= 2 ? 14 : 10, 0, 4] as Margins,
      } as Content;
    case 'paragraph':
      return { text: pdfInlines(b.inlines), margin: [0, 0, 0, 6] };
    case 'list': {
      const items = b.items.map((it) => {
        const inner = blocks(it.blocks, doc, width - 16);
        const box = it.checked === undefined ? [] : [{ text: it.checked ? '☑ ' : '☐ ' }];
        return box.length ? { stack: [{ text: [...box, ...(inner.length ? [] : [])] }, ...inner] } : { stack: inner };
      });
      return b.ordered ? { ol: items, start: b.start, margin: [0, 0, 0, 6] } as Content : { ul: items, margin: [0, 0, 0, 6] };
    }
    case 'quote':
      return {
        table: { widths: [width - 18], body: [[{ stack: blocks(b.blocks, doc, width - 18), color: '#444444' }]] },
        layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 ? 3 : 0), vLineColor: () => '#c8c8c8', paddingLeft: () => 10 },
        margin: [0, 0, 0, 6],
      };
    case 'code':
      return {
        table: { widths: [width - 10], body: [[{ text: b.text.replace(/\t/g, '  '), font: 'DejaVuSansMono', fontSize: 8, preserveLeadingSpaces: true }]] },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => '#f4f4f4', paddingTop: () => 4, paddingBottom: () => 4 },
        margin: [0, 0, 0, 6],
      } as Content;
    case 'table':
      return table(b.header, b.rows, width, b.align);
    case 'rule':
      return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: '#aaaaaa' }], margin: [0, 4, 0, 8] };
    case 'image':
      if (b.data && b.mime) {
        const src = `data:${b.mime};base64,${Buffer.from(b.data).toString('base64')}`;
        return { stack: [{ image: src, fit: [width, 420] }, ...(b.alt ? [{ text: b.alt, fontSize: 8, italics: true, color: '#555555' }] : [])], margin: [0, 2, 0, 8] } as Content;
      }
      return { text: [{ text: `[${b.alt}]`, italics: true }, { text: ` (${b.url})`, color: '#555555' }], margin: [0, 0, 0, 6] };
    case 'card':
      return pdfCard(b, width, kindLabel(b.kind, doc.lang));
    case 'risk-table':
      return { stack: [{ text: b.title, bold: true, fontSize: 11, margin: [0, 6, 0, 4] }, table(b.header, b.rows, width)] };
    case 'heatmap':
      return {
        stack: [
          { text: b.title, bold: true, fontSize: 11, margin: [0, 6, 0, 4] },
          { columns: [heatTable(b.view, 'before', 'portrait'), heatTable(b.view, 'after', 'portrait')], columnGap: 20 },
        ],
        unbreakable: true,
        margin: [0, 0, 0, 8],
      };
  }
}

/** The whole document as a pdfmake definition. */
export function documentPdf(doc: ExportDocument): TDocumentDefinitions {
  const created = new Date(`${doc.meta.date}T00:00:00Z`);
  const fields = doc.titlePage.fields.map((f): TableCell[] => [{ text: f.label, bold: true, color: '#333333' }, { text: f.value }]);
  const content: Content[] = [
    { text: doc.titlePage.title, fontSize: 24, bold: true, margin: [0, 120, 0, 8] },
    ...(doc.meta.subject ? [{ text: doc.meta.subject, fontSize: 13, color: '#555555', margin: [0, 0, 0, 24] as Margins }] : []),
    ...(fields.length ? [{ table: { widths: [120, FULL - 140], body: fields }, layout: 'noBorders', margin: [0, 0, 0, 0] } as Content] : []),
    { toc: { title: { text: doc.tocTitle, fontSize: 16, bold: true, margin: [0, 0, 0, 10] as Margins } }, pageBreak: 'before' } as Content,
    { text: '', pageBreak: 'after' },
    ...blocks(doc.body, doc, FULL),
  ];
  if (doc.annex) content.push({ text: doc.annex.title, fontSize: HEADING_SIZE[1], bold: true, tocItem: true, pageBreak: 'before', margin: [0, 0, 0, 8] } as Content, ...blocks(doc.annex.blocks, doc, FULL));
  const title = clip(doc.footer.title, FOOTER_CHARS);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [PAGE.margin, 45, PAGE.margin, 45],
    info: { title: doc.meta.title, author: doc.meta.author ?? '', subject: doc.meta.subject ?? '', creator: 'DPIA Assistant', producer: 'DPIA Assistant', creationDate: created, modDate: created } as TDocumentDefinitions['info'],
    defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.2 },
    footer: (page: number, pages: number) =>
      page === 1
        ? { text: '' }
        : {
            columns: [{ text: title, fontSize: 8, color: '#666666' }, { text: doc.footer.page.replace('{page}', String(page)).replace('{pages}', String(pages)), fontSize: 8, color: '#666666', alignment: 'right', width: 100 }],
            margin: [PAGE.margin, 15, PAGE.margin, 0],
          },
    content,
  };
}
