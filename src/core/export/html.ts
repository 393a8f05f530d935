// The export tree as one self-contained HTML file: no scripts, no remote resources (a Content
// Security Policy forbids both), images only as data: URIs, every text of the document escaped,
// a print stylesheet for A4.
import type { Cell, ExportBlock, ExportDocument, Inline } from '../render/document-model';
import { esc, heatmapHtml, safeColor } from '../render/html';
import { kindLabel } from '../render/document-cards';
import { ink } from '../render/pdf-card';

const CSS = `
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:10.5pt;line-height:1.45;color:#1b1b1b;max-width:48em;margin:2em auto;padding:0 1em}
h1,h2,h3,h4,h5,h6{line-height:1.25;break-after:avoid;page-break-after:avoid}
a{color:#1a4f8b}
.url{color:#555;font-size:.9em;word-break:break-all}
code,pre{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.9em;background:#f4f4f4}
pre{padding:.6em;white-space:pre-wrap;word-break:break-word}
blockquote{border-left:3px solid #c8c8c8;margin:0 0 1em;padding:0 0 0 1em;color:#444}
table{border-collapse:collapse;margin:.4em 0 1em;width:100%}
th,td{border-bottom:1px solid #aaa;padding:4px;text-align:left;vertical-align:top}
thead th{background:#eee;border-bottom:2px solid #000}
tr{break-inside:avoid;page-break-inside:avoid}
.title-page{margin:6em 0 3em}
.title-page h1{font-size:2.2em;margin-bottom:.2em}
.subject{color:#555;font-size:1.2em;margin-bottom:2em}
.title-page th{background:none;border:0;width:10em;color:#333}
.title-page td{border:0}
nav.toc ol{list-style:none;padding-left:1.2em}
.card{border:1px solid #c5d3e3;margin:.5em 0 1em;break-inside:avoid;page-break-inside:avoid}
.card>table{margin:0}
.card-head{background:#e8eef5;padding:4px 6px;font-weight:bold}
.card-kind{color:#555;font-weight:normal}
.card th{width:28%;background:none;border-bottom:1px solid #ddd;color:#333}
.card td{border-bottom:1px solid #ddd}
.mark{padding:3px 6px;font-weight:bold}
.mark.error{color:#c62828}.mark.warning{color:#a15c00}
.level{font-weight:bold}
.dpia-heatmap{display:flex;gap:2em;flex-wrap:wrap;break-inside:avoid}
.dpia-heatmap-title{width:100%;font-weight:bold}
.dpia-heat table{width:auto}.dpia-heat td{text-align:center;min-width:3em;font-weight:bold;border:2px solid #fff}
.annex{break-before:page;page-break-before:always}
figure{margin:0 0 1em}figcaption{font-size:.85em;color:#555}
img{max-width:100%}
@page{size:A4;margin:2cm}
@media print{body{max-width:none;margin:0;padding:0}.title-page{break-after:page;page-break-after:always}nav.toc{break-after:page;page-break-after:always}}
`;

function inline(i: Inline): string {
  if (i.type === 'break') return '<br>';
  if (i.type === 'link') {
    // The URL is printed as text too; only http(s) and mailto links are clickable.
    const safe = /^(https?:|mailto:)/i.test(i.url);
    const text = esc(i.text);
    const a = safe ? `<a href="${esc(i.url)}" rel="noopener noreferrer">${text}</a>` : text;
    return i.url === i.text ? a : `${a} <span class="url">(${esc(i.url)})</span>`;
  }
  let s = esc(i.text);
  if (i.code) s = `<code>${s}</code>`;
  if (i.bold) s = `<strong>${s}</strong>`;
  if (i.italic) s = `<em>${s}</em>`;
  if (i.strike) s = `<del>${s}</del>`;
  return s;
}

const inlines = (list: Inline[]) => list.map(inline).join('');

function cell(tag: 'td' | 'th', c: Cell, align?: string | null): string {
  const style = [c.level ? `background-color:${safeColor(c.level.color)};color:${ink(safeColor(c.level.color))}` : '', align ? `text-align:${align}` : ''].filter(Boolean).join(';');
  return `<${tag}${style ? ` style="${style}"` : ''}${c.level ? ' class="level"' : ''}>${inlines(c.inlines)}</${tag}>`;
}

function table(header: Cell[], rows: Cell[][], align: ('left' | 'center' | 'right' | null)[] = []): string {
  return `<table><thead><tr>${header.map((c, j) => cell('th', c, align[j])).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, j) => cell('td', c, align[j])).join('')}</tr>`).join('')}</tbody></table>`;
}

function block(b: ExportBlock, doc: ExportDocument): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.depth} id="${esc(b.anchor)}">${inlines(b.inlines)}</h${b.depth}>`;
    case 'paragraph':
      return `<p>${inlines(b.inlines)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== undefined && b.start !== 1 ? ` start="${Number(b.start) || 1}"` : '';
      const items = b.items.map((it) => `<li>${it.checked === undefined ? '' : it.checked ? '☑ ' : '☐ '}${blocks(it.blocks, doc)}</li>`).join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${blocks(b.blocks, doc)}</blockquote>`;
    case 'code':
      return `<pre><code>${esc(b.text)}</code></pre>`;
    case 'table':
      return table(b.header, b.rows, b.align);
    case 'rule':
      return '<hr>';
    case 'image':
      if (b.data && b.mime) return `<figure><img src="data:${b.mime};base64,${Buffer.from(b.data).toString('base64')}" alt="${esc(b.alt)}">${b.alt ? `<figcaption>${esc(b.alt)}</figcaption>` : ''}</figure>`;
      return `<p><em>[${esc(b.alt)}]</em> <span class="url">(${esc(b.url)})</span></p>`;
    case 'card': {
      const head = `<div class="card-head"><span class="card-kind">${esc(kindLabel(b.kind, doc.lang))}</span> ${esc(b.id)}${b.title && b.title !== b.id ? ` — ${esc(b.title)}` : ''}</div>`;
      const marks = b.marks.map((m) => `<div class="mark ${m.severity}">${esc(m.text)}</div>`).join('');
      const rows = b.fields
        .map((f) => {
          const lines = Array.isArray(f.value[0]) ? (f.value as Inline[][]) : [f.value as Inline[]];
          const value = lines.length === 1 ? inlines(lines[0]) : `<ul>${lines.map((l) => `<li>${inlines(l)}</li>`).join('')}</ul>`;
          const style = f.level ? ` style="background-color:${safeColor(f.level.color)};color:${ink(safeColor(f.level.color))}" class="level"` : '';
          return `<tr><th>${esc(f.label)}</th><td${style}>${value}</td></tr>`;
        })
        .join('');
      return `<section class="card">${head}${marks}${rows ? `<table>${rows}</table>` : ''}</section>`;
    }
    case 'risk-table':
      return `<h3>${esc(b.title)}</h3>${table(b.header, b.rows)}`;
    case 'heatmap':
      return heatmapHtml(b.view);
  }
}

function blocks(list: ExportBlock[], doc: ExportDocument): string {
  return list.map((b) => block(b, doc)).join('\n');
}

/** Table of contents: the headings of levels 1–3, linked to their anchors. */
function toc(doc: ExportDocument): string {
  const items = doc.body.filter((b): b is Extract<ExportBlock, { type: 'heading' }> => b.type === 'heading' && b.depth <= 3);
  const li = items.map((h) => `<li style="margin-left:${(h.depth - 1) * 1.2}em"><a href="#${esc(h.anchor)}">${esc(h.inlines.map((i) => (i.type === 'break' ? ' ' : i.text)).join(''))}</a></li>`);
  if (doc.annex) li.push(`<li><a href="#dpia-annex">${esc(doc.annex.title)}</a></li>`);
  return `<nav class="toc"><h2>${esc(doc.tocTitle)}</h2><ol>${li.join('')}</ol></nav>`;
}

/** The whole document as one HTML file. */
export function documentHtml(doc: ExportDocument): string {
  const fields = doc.titlePage.fields.map((f) => `<tr><th>${esc(f.label)}</th><td>${esc(f.value)}</td></tr>`).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.meta.title)}</title>`,
    doc.meta.author ? `<meta name="author" content="${esc(doc.meta.author)}">` : '',
    `<meta name="generator" content="DPIA Assistant">`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="title-page"><h1>${esc(doc.titlePage.title)}</h1>${doc.meta.subject ? `<div class="subject">${esc(doc.meta.subject)}</div>` : ''}${fields ? `<table>${fields}</table>` : ''}</header>`,
    toc(doc),
    '<main>',
    blocks(doc.body, doc),
    doc.annex ? `<section class="annex"><h1 id="dpia-annex">${esc(doc.annex.title)}</h1>${blocks(doc.annex.blocks, doc)}</section>` : '',
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
