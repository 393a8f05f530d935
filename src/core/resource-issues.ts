// Problems found in a resource file (catalogue, matrix, config) are described by position and a
// generic reason only: never by the file's content. A resource may name any file (/etc/shadow, an INI
// file with credentials), and messages end up in CI logs and code-scanning uploads; js-yaml's message
// quotes a snippet of neighbouring lines, and schema errors can quote keys and values.
import { parseYaml, type YamlLocation } from './parse/yaml';
import { LineIndex } from './text/lines';
import type { SchemaIssue } from './schema/validate';

/** js-yaml reasons are fixed phrases, some followed by a quoted piece of the input: keep the phrase. */
const SAFE_REASON = /^[a-z][a-z ,;()-]*[a-z)]$/i;

function position(line: number, column: number): string {
  return `line ${line + 1}, column ${column + 1}`;
}

/** A YAML parse error of a resource: "line L, column C: reason", without js-yaml's snippet. */
export function yamlIssue(e: unknown): string {
  const err = e as { reason?: unknown; mark?: { line?: unknown; column?: unknown } };
  let reason = typeof err.reason === 'string' ? err.reason.split(/["'`!<:]/)[0].trim() : '';
  if (!SAFE_REASON.test(reason) || reason.length > 120) reason = 'invalid YAML';
  const { line, column } = err.mark ?? {};
  return typeof line === 'number' && typeof column === 'number' ? `${position(line, column)}: ${reason}` : reason;
}

/** Locates JSON pointers in a resource text (parsed once, lazily). */
export class ResourceLocator {
  private locations?: Map<string, YamlLocation>;
  private index?: LineIndex;
  constructor(private readonly text: string) {}

  /** "line L, column C" of a pointer's value (or key), or of the nearest enclosing value found. */
  at(pointer: string, key = false): string {
    this.locations ??= parseYaml(this.text).locations;
    this.index ??= new LineIndex(this.text);
    let p = pointer;
    let loc = this.locations.get(p);
    while (!loc && p) {
      p = p.slice(0, Math.max(0, p.lastIndexOf('/')));
      loc = this.locations.get(p);
    }
    const offset = loc ? (key && p === pointer && loc.keyStart !== undefined ? loc.keyStart : loc.start) : 0;
    const pos = this.index.positionAt(offset);
    return position(pos.line, pos.character);
  }
}

/** A schema violation of a resource: position and the schema's reason (never a key or value from the file). */
export function schemaIssue(issue: SchemaIssue, where: ResourceLocator): string {
  const reason = issue.code === 'schema.unknown-key' ? 'unknown key' : issue.message.en;
  return `${where.at(issue.pointer, issue.at === 'key')}: ${reason}`;
}
