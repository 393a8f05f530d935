// The whole DPIA as an export tree (issue 17): the prose parsed with remark-parse + remark-gfm, each
// fenced block of a known kind as a card, the risk table and heat maps where the document places
// them (markers, `dpia-heatmap`) and otherwise in an annex, the front matter as a title page.
// Bundled apart (dist/export.js): checking and the keystroke path never load remark's parser.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Definition, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { buildRegister, type Register } from '../render/register';
import { TABLE_END, TABLE_START } from '../render/table';
import { label } from '../render/labels';
import { exportLabel, measureCard, partCard, riskCard, riskTable, titlePage, transferCard } from '../render/document-cards';
import type { Cell, ExportBlock, ExportDocument, ExportInput, Inline } from '../render/document-model';
import type { Block } from '../model/document';

/** Nesting deeper than this (lists in quotes in lists…) is shown flattened: no writer recurses without bound. */
const MAX_DEPTH = 12;

const parser = unified().use(remarkParse).use(remarkGfm);

/** A URL that names a file next to the document (not a scheme such as https:, data:, mailto:, and not protocol-relative). */
export function isLocalUrl(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('\\\\');
}

/** The document text with the front matter's lines blanked (line numbers stay those of the document). */
function withoutFrontMatter(input: ExportInput): string {
  const fm = input.analysis.document.frontMatter;
  if (!fm) return input.text;
  const lines = input.text.split('\n');
  for (let i = fm.range.start.line; i <= Math.min(fm.range.end.line, lines.length - 1); i++) lines[i] = '';
  return lines.join('\n');
}

/** Plain text of a node (alt texts included), iteratively: no recursion on hostile nesting. */
function plainText(node: Nodes): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') out.push(n.value);
    else if (n.type === 'image') out.push(n.alt ?? '');
    else if (n.type === 'break') out.push(' ');
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out.join('');
}

interface Ctx {
  /** The DPIA being exported; absent for plain Markdown (the organisation register). */
  input?: ExportInput;
  reg?: Register;
  lang: Register['lang'];
  blocksByLine: Map<number, Block>;
  definitions: Map<string, Definition>;
  anchors: Set<string>;
  /** What the document places itself (then it is not repeated in the annex). */
  placed: { table: boolean; heat: boolean };
}

function slug(text: string, anchors: Set<string>): string {
  const base = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'section';
  let s = base;
  for (let i = 2; anchors.has(s); i++) s = `${base}-${i}`;
  anchors.add(s);
  return s;
}

type Flags = { bold?: boolean; italic?: boolean; strike?: boolean };

function inlines(nodes: PhrasingContent[], ctx: Ctx, flags: Flags = {}, depth = 0): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (depth > MAX_DEPTH) {
      out.push({ type: 'text', text: plainText(n), ...flags });
      continue;
    }
    switch (n.type) {
      case 'text':
        out.push({ type: 'text', text: n.value.replace(/\s*\n\s*/g, ' '), ...flags });
        break;
      case 'strong':
        out.push(...inlines(n.children, ctx, { ...flags, bold: true }, depth + 1));
        break;
      case 'emphasis':
        out.push(...inlines(n.children, ctx, { ...flags, italic: true }, depth + 1));
        break;
      case 'delete':
        out.push(...inlines(n.children, ctx, { ...flags, strike: true }, depth + 1));
        break;
      case 'inlineCode':
        out.push({ type: 'text', text: n.value, code: true, ...flags });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      // Raw HTML is shown as the text it is, never interpreted.
      case 'html':
        out.push({ type: 'text', text: n.value, code: true });
        break;
      case 'link':
        out.push(link(plainText(n), n.url));
        break;
      case 'linkReference': {
        const d = ctx.definitions.get(n.identifier.toLowerCase());
        out.push(d ? link(plainText(n), d.url) : { type: 'text', text: plainText(n), ...flags });
        break;
      }
      // An image inside a paragraph: its alt text and URL (embedded images are paragraphs of their own).
      case 'image':
        out.push({ type: 'text', text: `[${n.alt ?? ''}]`, italic: true }, { type: 'text', text: ` (${n.url})` });
        break;
      case 'imageReference': {
        const d = ctx.definitions.get(n.identifier.toLowerCase());
        out.push({ type: 'text', text: `[${n.alt ?? ''}]`, italic: true }, ...(d ? [{ type: 'text' as const, text: ` (${d.url})` }] : []));
        break;
      }
      case 'footnoteReference':
        out.push({ type: 'text', text: `[${n.label ?? n.identifier}]` });
        break;
      default:
        out.push({ type: 'text', text: plainText(n as Nodes), ...flags });
    }
  }
  return out;
}

function link(text: string, url: string): Inline {
  return { type: 'link', text: text || url, url };
}

/** A paragraph holding only an image becomes an image block (embedded when it is a local PNG/JPEG the host gives). */
function imageBlock(alt: string, url: string, ctx: Ctx): ExportBlock {
  const img = isLocalUrl(url) ? ctx.input?.image?.(url) : undefined;
  return img ? { type: 'image', alt, url, ...img } : { type: 'image', alt, url };
}

function blocks(nodes: RootContent[], ctx: Ctx, depth: number): ExportBlock[] {
  const out: ExportBlock[] = [];
  let skipping = false;
  for (const n of nodes) {
    if (n.type === 'html' && n.value.trim() === TABLE_END) {
      skipping = false;
      continue;
    }
    // The generated tables between the markers are replaced by the risk table as a table of the export.
    if (skipping) continue;
    if (depth > MAX_DEPTH) {
      const t = plainText(n);
      if (t) out.push({ type: 'paragraph', inlines: [{ type: 'text', text: t }] });
      continue;
    }
    switch (n.type) {
      case 'heading': {
        const ins = inlines(n.children, ctx);
        out.push({ type: 'heading', depth: n.depth, inlines: ins, anchor: slug(plainText(n), ctx.anchors) });
        break;
      }
      case 'paragraph': {
        const only = n.children.length === 1 ? n.children[0] : undefined;
        if (only?.type === 'image') out.push(imageBlock(only.alt ?? '', only.url, ctx));
        else if (only?.type === 'imageReference' && ctx.definitions.has(only.identifier.toLowerCase())) out.push(imageBlock(only.alt ?? '', ctx.definitions.get(only.identifier.toLowerCase())!.url, ctx));
        else out.push({ type: 'paragraph', inlines: inlines(n.children, ctx) });
        break;
      }
      case 'list':
        out.push({
          type: 'list',
          ordered: !!n.ordered,
          start: n.start ?? undefined,
          items: n.children.map((li) => ({ checked: li.checked ?? undefined, blocks: blocks(li.children, ctx, depth + 1) })),
        });
        break;
      case 'blockquote':
        out.push({ type: 'quote', blocks: blocks(n.children, ctx, depth + 1) });
        break;
      case 'code':
        out.push(...codeBlock(n, ctx));
        break;
      case 'html':
        if (n.value.trim() === TABLE_START && ctx.reg) {
          out.push(riskTable(ctx.reg));
          ctx.placed.table = true;
          skipping = true;
        } else if (!/^<!--[\s\S]*-->$/.test(n.value.trim())) out.push({ type: 'code', text: n.value });
        break;
      case 'table': {
        const [head, ...rows] = n.children;
        const cells = (r: typeof head): Cell[] => r.children.map((c) => ({ inlines: inlines(c.children, ctx) }));
        out.push({ type: 'table', header: head ? cells(head) : [], rows: rows.map(cells), align: n.align ?? [] });
        break;
      }
      case 'thematicBreak':
        out.push({ type: 'rule' });
        break;
      case 'footnoteDefinition':
        out.push({ type: 'paragraph', inlines: [{ type: 'text', text: `[${n.label ?? n.identifier}] ` }, ...blocks(n.children, ctx, depth + 1).flatMap((b) => (b.type === 'paragraph' ? b.inlines : []))] });
        break;
      case 'definition':
      case 'yaml':
        break;
      default: {
        const t = plainText(n as Nodes);
        if (t) out.push({ type: 'paragraph', inlines: [{ type: 'text', text: t }] });
      }
    }
  }
  return out;
}

/** A fenced code block: a card for a block the analysis read, the heat maps for `dpia-heatmap`, else the code as it is. */
function codeBlock(n: Extract<RootContent, { type: 'code' }>, ctx: Ctx): ExportBlock[] {
  const line = (n.position?.start.line ?? 0) - 1;
  const block = ctx.blocksByLine.get(line);
  if (block && ctx.reg) return [card(block, ctx.reg, ctx.lang)];
  if ((n.lang ?? '').toLowerCase() === 'dpia-heatmap' && ctx.reg) {
    ctx.placed.heat = true;
    return heatmaps(ctx.reg);
  }
  return [{ type: 'code', text: n.value, lang: n.lang ?? undefined }];
}

function heatmaps(reg: Register): ExportBlock[] {
  const title = `${label('heatmap', reg.lang)} (${reg.matrix})`;
  return [{ type: 'heatmap', title, view: reg }];
}

function card(b: Block, reg: Register, lang: Register['lang']): ExportBlock {
  const line = b.fence.openLine;
  if (b.kind === 'risk') {
    const r = reg.risks.find((x) => x.line === line);
    if (r) return riskCard(r, reg);
  } else if (b.kind === 'measure') {
    const m = b.id ? reg.measures.find((x) => x.id === b.id) : reg.measures.find((x) => x.unreadable?.line === line);
    if (m) return measureCard(m, lang);
  } else if (b.kind === 'transfer') {
    const x = reg.transfers.find((t) => t.line === line);
    if (x) return transferCard(x, lang);
  }
  return partCard(b, lang);
}

/** Builds the export tree of a whole document. */
export function buildExportDocument(input: ExportInput): ExportDocument {
  const reg = buildRegister(input.analysis, { today: input.analysis.environment.today });
  const lang = reg.lang;
  const tree = parser.parse(withoutFrontMatter(input)) as Root;
  const definitions = new Map<string, Definition>();
  for (const n of tree.children) if (n.type === 'definition') definitions.set(n.identifier.toLowerCase(), n);
  const ctx: Ctx = {
    input,
    reg,
    lang,
    blocksByLine: new Map(input.analysis.document.blocks.map((b) => [b.fence.openLine, b])),
    definitions,
    anchors: new Set(),
    placed: { table: false, heat: false },
  };
  const body = blocks(tree.children, ctx, 0);
  const annex: ExportBlock[] = [];
  const hasRisks = reg.risks.length > 0;
  if (hasRisks && !ctx.placed.heat) annex.push(...heatmaps(reg));
  if (hasRisks && !ctx.placed.table) annex.push(riskTable(reg));
  const type = input.analysis.document.type ?? 'dpia';
  const subject = exportLabel(type === 'dtia' ? 'subjectDtia' : type === 'prescan' ? 'subjectPrescan' : 'subjectDpia', lang);
  return {
    lang,
    meta: { title: reg.title, subject, author: reg.meta.authors.join(', ') || undefined, organisation: reg.meta.organisation, date: input.date },
    titlePage: titlePage(reg, input.generated),
    tocTitle: exportLabel('tocTitle', lang),
    body,
    annex: annex.length ? { title: exportLabel('annex', lang), blocks: annex } : undefined,
    footer: { title: reg.title, page: exportLabel('pageOf', lang) },
  };
}

/**
 * A plain Markdown report (the organisation register's Markdown) as an export tree: a title page
 * with the given fields, contents, the prose with its tables; no blocks, cards or annex.
 */
export function buildMarkdownExport(text: string, meta: { title: string; subject: string; lang: Register['lang']; date: string; fields?: { label: string; value: string }[] }): ExportDocument {
  const tree = parser.parse(text) as Root;
  const definitions = new Map<string, Definition>();
  for (const n of tree.children) if (n.type === 'definition') definitions.set(n.identifier.toLowerCase(), n);
  const ctx: Ctx = { lang: meta.lang, blocksByLine: new Map(), definitions, anchors: new Set(), placed: { table: false, heat: false } };
  // The report's own first heading is the title page's title.
  const body = blocks(tree.children[0]?.type === 'heading' && tree.children[0].depth === 1 ? tree.children.slice(1) : tree.children, ctx, 0);
  return {
    lang: meta.lang,
    meta: { title: meta.title, subject: meta.subject, date: meta.date },
    titlePage: { title: meta.title, fields: meta.fields ?? [] },
    tocTitle: exportLabel('tocTitle', meta.lang),
    body,
    footer: { title: meta.title, page: exportLabel('pageOf', meta.lang) },
  };
}
