import { stripBom, type Line, type Range } from '../text/lines';
import type { FenceBlock } from '../parse/fences';
import { rescan, scanText, type LineScan } from '../parse/line-scan';
import { findFrontMatter, type FrontMatterSpan } from '../parse/frontmatter';
import { BlockMapper, ParseCache, type ParsedYaml } from '../parse/block-source';
import type { SchemaName } from '../schema/validate';
import { toLang, type Lang } from '../i18n/lang';
import type { YamlLocation } from '../parse/yaml';

export const BLOCK_KINDS = ['risk', 'measure', 'transfer', 'data', 'processing', 'purpose', 'prescan'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** What every YAML section has, block or front matter. */
interface SectionBase {
  kind: BlockKind | 'frontmatter';
  parsed: ParsedYaml;
  map: BlockMapper;
  /** The whole block in the document, fences included. */
  range: Range;
  /** Range to report problems with the block as a whole (the info string, or the opening ---). */
  headRange: Range;
  /** The value when it parsed to a mapping. */
  value?: Record<string, unknown>;
}

export interface Block extends SectionBase {
  kind: BlockKind;
  fence: FenceBlock;
  /** The block's id when it is a string. */
  id?: string;
}

export interface FrontMatter extends SectionBase {
  kind: 'frontmatter';
  span: FrontMatterSpan;
}

/** A fenced YAML block (`risk`, `measure`, `transfer`, `data`, `processing`, `purpose`, `prescan`), or the front matter: `kind` tells which. */
export type YamlSection = Block | FrontMatter;

export interface DpiaDocument {
  uri: string;
  text: string;
  lines: Line[];
  frontMatter?: FrontMatter;
  blocks: Block[];
  /** Every fenced block found (any language), for features such as folding. */
  fences: FenceBlock[];
  /** Type from the front matter, or from the file name. */
  type?: DocumentType;
  language?: Lang;
  /** The line and fence scan, for an incremental re-scan of the next version. */
  scan: LineScan;
}

/** The kinds of document: a DPIA, a DTIA, or a DPIA pre-scan. */
export type DocumentType = 'dpia' | 'dtia' | 'prescan';

/** `*.dpia.md` / `*.dtia.md` / `*.prescan.md` names a DPIA, DTIA or pre-scan document. */
export function typeFromName(uri: string): DocumentType | undefined {
  const m = /\.(dpia|dtia|prescan)\.md$/i.exec(uri);
  return m ? (m[1].toLowerCase() as DocumentType) : undefined;
}

const FRONT_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\r?\n)*?type:[ \t]*['"]?(?:dpia|dtia|prescan)['"]?[ \t]*(?:#[^\n]*)?\r?\n/;

/** Whether a text's front matter says `type: dpia`, `type: dtia` or `type: prescan` (cheap: only the front matter is looked at). */
export function declaresDpiaType(text: string): boolean {
  const end = text.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  return end > 0 && FRONT_TYPE.test(text.slice(0, end + 1) + '\n');
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function section(cache: ParseCache, schema: SchemaName, content: string, firstLine: number, removed: number[], lastLine: number) {
  const parsed = cache.get(schema, content);
  const map = new BlockMapper(parsed, firstLine, removed, lastLine);
  const value = isMapping(parsed.yaml.value) ? parsed.yaml.value : undefined;
  return { parsed, map, value };
}

const fenceStart = (lines: Line[]) => {
  const fm = findFrontMatter(lines);
  return fm ? fm.closeLine + 1 : 0;
};

/**
 * Builds the document model. Only blocks whose text changed since the last call are parsed again;
 * given the previous version's model, only the edited region is split into lines and re-scanned.
 */
export function parseDocument(uri: string, rawText: string, cache: ParseCache, previous?: DpiaDocument): DpiaDocument {
  const text = stripBom(rawText);
  const scan = previous ? rescan(previous.scan, text, fenceStart) : scanText(text, fenceStart);
  const lines = scan.lines;
  const fmSpan = findFrontMatter(lines);
  let frontMatter: FrontMatter | undefined;
  if (fmSpan) {
    const s = section(cache, 'frontmatter', fmSpan.content, 1, [], lines.length - 1);
    frontMatter = {
      kind: 'frontmatter',
      span: fmSpan,
      ...s,
      range: { start: { line: 0, character: 0 }, end: { line: fmSpan.closeLine, character: lines[fmSpan.closeLine].text.length } },
      headRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    };
  }
  const fences = scan.fences;
  const isBlock = (f: FenceBlock) => f.topLevel && (BLOCK_KINDS as readonly string[]).includes(f.lang);
  cache.prefetch(fences.filter(isBlock).map((f) => ({ schema: f.lang as BlockKind, text: f.content })));
  const blocks: Block[] = [];
  for (const fence of fences) {
    if (!isBlock(fence)) continue;
    const kind = fence.lang as BlockKind;
    const s = section(cache, kind, fence.content, fence.contentStart, fence.removed, lines.length - 1);
    const open = lines[fence.openLine].text;
    const infoAt = open.indexOf(fence.info.split(/\s/)[0]);
    const last = fence.closeLine ?? Math.max(fence.openLine, fence.contentEnd - 1);
    blocks.push({
      kind,
      fence,
      ...s,
      id: typeof s.value?.id === 'string' ? s.value.id : undefined,
      range: { start: { line: fence.openLine, character: 0 }, end: { line: last, character: lines[last].text.length } },
      headRange: { start: { line: fence.openLine, character: infoAt }, end: { line: fence.openLine, character: infoAt + kind.length } },
    });
  }
  const fmType = frontMatter?.value?.type;
  const type = fmType === 'dpia' || fmType === 'dtia' || fmType === 'prescan' ? fmType : typeFromName(uri);
  return { uri, text, lines, frontMatter, blocks, fences, type, language: toLang(frontMatter?.value?.language), scan };
}

/** Range of the value (or key) at a JSON pointer in a section; falls back to the nearest located ancestor. */
export function locate(sec: YamlSection, pointer: string, at: 'key' | 'value' = 'value'): Range {
  const locs = sec.parsed.yaml.locations;
  let p = pointer;
  let loc: YamlLocation | undefined = locs.get(p);
  let exact = true;
  while (!loc && p) {
    p = p.slice(0, p.lastIndexOf('/'));
    loc = locs.get(p);
    exact = false;
  }
  if (!loc || !p) return sec.headRange;
  if ((at === 'key' || !exact) && loc.keyStart !== undefined) return sec.map.range(loc.keyStart, loc.keyEnd!);
  return sec.map.range(loc.start, loc.end);
}
