import { LineIndex, type Position, type Range } from '../text/lines';
import { parseYaml, type YamlParse } from './yaml';
import { parseYamlBatch } from './yaml-batch';
import { validate, type SchemaIssue, type SchemaName } from '../schema/validate';

/**
 * Parsed YAML of one block (or the front matter) and its schema issues. Depends only on the text,
 * so it is cached by text: an edit re-parses only the block that changed.
 */
export interface ParsedYaml {
  text: string;
  yaml: YamlParse;
  schema: SchemaIssue[];
  index: LineIndex;
}

export class ParseCache {
  // Keyed by the block text itself (one map per schema): an unchanged block keeps its string, whose
  // hash the engine has already computed, so a lookup costs no rehashing.
  private entries = new Map<SchemaName, Map<string, ParsedYaml>>();
  private used = new Set<ParsedYaml>();

  get(schema: SchemaName, text: string): ParsedYaml {
    const hit = this.entries.get(schema)?.get(text) ?? this.store(schema, text, parseYaml(text));
    this.used.add(hit);
    return hit;
  }

  /** Parses, in one batch, the texts not cached yet (a whole document's blocks on a first check). */
  prefetch(items: readonly { schema: SchemaName; text: string }[]): void {
    // One entry per distinct block (identical blocks are parsed once).
    const byKey = new Map<string, { schema: SchemaName; text: string }>();
    for (const it of items) if (!this.entries.get(it.schema)?.has(it.text)) byKey.set(it.schema + '\0' + it.text, it);
    const missing = [...byKey.values()];
    if (missing.length < 2) return;
    const parsed = parseYamlBatch(missing.map((m) => m.text));
    missing.forEach((m, i) => this.store(m.schema, m.text, parsed[i]));
  }

  private store(schema: SchemaName, text: string, yaml: YamlParse): ParsedYaml {
    let map = this.entries.get(schema);
    if (!map) this.entries.set(schema, (map = new Map()));
    const hit = { text, yaml, schema: yaml.error ? [] : validate(schema, yaml.value), index: new LineIndex(text) };
    map.set(text, hit);
    return hit;
  }

  /** Drops entries not used since the last sweep (call after each document update). */
  sweep(): void {
    for (const map of this.entries.values()) for (const [k, v] of map) if (!this.used.has(v)) map.delete(k);
    this.used.clear();
  }

  get size(): number {
    let n = 0;
    for (const map of this.entries.values()) n += map.size;
    return n;
  }
}

/** Maps offsets in a block's YAML text to document positions. */
export class BlockMapper {
  constructor(
    private readonly parsed: ParsedYaml,
    /** Document line of the first YAML line. */
    private readonly firstLine: number,
    /** Characters removed from each YAML line (fence indentation; negative for a partly stripped tab). */
    private readonly removed: readonly number[],
    /** Last line of the document: an empty block at its very end (a fence on the last line) maps there. */
    private readonly lastLine = Infinity,
  ) {}

  position(offset: number): Position {
    // Parsers may report end of input one past the text; positions stay inside the block.
    const p = this.parsed.index.positionAt(Math.max(0, Math.min(offset, this.parsed.text.length)));
    const line = this.firstLine + p.line;
    if (line > this.lastLine) return { line: this.lastLine, character: 0 };
    // Characters inside the spaces a partly stripped tab became map to the line's start (never below 0).
    return { line, character: Math.max(0, p.character + (this.removed[p.line] ?? 0)) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}
