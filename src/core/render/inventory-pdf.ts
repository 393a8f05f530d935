import type { Content, TableCell } from 'pdfmake/interfaces';
import { inventoryCells, type Inventory } from './inventory';
import { columns, TABLE_LAYOUT, type Orientation } from './pdf-text';

function table(widths: number[], headers: string[], rows: string[][]): Content {
  const head: TableCell[] = headers.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' }));
  const body: TableCell[][] = rows.map((r) => r.map((c, i): TableCell => (i === 0 ? { text: c, bold: true } : c || '–')));
  return { table: { headerRows: 1, widths, body: [head, ...body], dontBreakRows: true }, layout: TABLE_LAYOUT, margin: [0, 0, 0, 8], fontSize: 8 };
}

/** The data inventory section of the PDF (heading and tables); nothing when the document has no `data` or `purpose` blocks. */
export function inventoryPdfSection(inv: Inventory, orientation: Orientation): Content[] {
  if (!inv.rows.length && !inv.purposes.length) return [];
  const cells = inventoryCells(inv);
  const out: Content[] = [{ text: inv.headers.title, fontSize: 14, bold: true, margin: [0, 14, 0, 6] }];
  if (inv.rows.length) out.push(table(columns([65, 80, 70, 60, 70, 90, 55], orientation), inv.headers.data, cells.data));
  if (inv.purposes.length) out.push(table(columns([65, 130, 45, 150, 80], orientation), inv.headers.purposes, cells.purposes));
  return out;
}
