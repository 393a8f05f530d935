import { LineIndex, type Position, type Range } from '../text/lines';
import { parseYaml, type YamlParse } from './yaml';
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
  private entries = new Map<string, ParsedYaml>();
  private used = new Set<string>();

  get(schema: SchemaName, text: string): ParsedYaml {
    const key = schema + '\u0000' + text;
    let hit = this.entries.get(key);
    if (!hit) {
      const yaml = parseYaml(text);
      const issues = yaml.error ? [] : validate(schema, yaml.value);
      hit = { text, yaml, schema: issues, index: new LineIndex(text) };
      this.entries.set(key, hit);
    }
    this.used.add(key);
    return hit;
  }

  /** Drops entries not used since the last sweep (call after each document update). */
  sweep(): void {
    for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Maps offsets in a block's YAML text to document positions. */
export class BlockMapper {
  constructor(
    private readonly parsed: ParsedYaml,
    /** Document line of the first YAML line. */
    private readonly firstLine: number,
    /** Columns removed from each YAML line (fence indentation). */
    private readonly removed: readonly number[],
  ) {}

  position(offset: number): Position {
    const p = this.parsed.index.positionAt(offset);
    return { line: this.firstLine + p.line, character: p.character + (this.removed[p.line] ?? 0) };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}
