import { esc } from './html';
import { inventoryCells, type Inventory } from './inventory';

function table(cls: string, headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td><code>${esc(c)}</code></td>` : `<td>${esc(c) || '–'}</td>`)).join('')}</tr>`).join('');
  return `<table class="${cls}"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** The data inventory for the preview: everything from the document is escaped. */
export function inventoryHtml(inv: Inventory): string {
  if (!inv.rows.length && !inv.purposes.length) return '';
  const cells = inventoryCells(inv);
  return [
    `<div class="dpia-inventory"><div class="dpia-heatmap-title">${esc(inv.headers.title)}</div>`,
    table('dpia-inventory-data', inv.headers.data, cells.data),
    inv.purposes.length ? table('dpia-inventory-purposes', inv.headers.purposes, cells.purposes) : '',
    `</div>\n`,
  ].join('');
}
