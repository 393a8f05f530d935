// Problems found in a resource file (catalogue, matrix, config) are described by position and a
// generic reason only: never by the file's content. A resource may name any file (/etc/shadow, an INI
// file with credentials), and messages end up in CI logs and code-scanning uploads; js-yaml's message
// quotes a snippet of neighbouring lines, and schema errors can quote keys and values.
import { parseYaml, type YamlLocation } from './yaml';
import { LineIndex } from '../text/lines';
import type { SchemaIssue } from '../schema/validate';

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

/** Dutch for the reasons the file readers (src/node/safe-read.ts) give when they refuse a resource. */
const REFUSALS_NL: Record<string, string> = {
  'no such file': 'bestand bestaat niet',
  'permission denied': 'geen toegang',
  'is a directory': 'is een map',
  'not a valid path': 'geen geldig pad',
  'cannot read the file': 'het bestand is niet te lezen',
  'too many levels of symbolic links': 'te veel symbolische koppelingen achter elkaar',
  'resources are read from local folders only': 'bronnen worden alleen uit lokale mappen gelezen',
  'not a regular file (a FIFO, socket or device); refused': 'geen gewoon bestand (een FIFO, socket of apparaat); geweigerd',
  'not a regular file (a socket or device); refused': 'geen gewoon bestand (een socket of apparaat); geweigerd',
  'absolute paths are not allowed; name the file relative to the document': 'absolute paden zijn niet toegestaan; geef het bestand op relatief aan het document',
  'outside the allowed folder; name a file inside the project, relative to it': 'buiten de toegestane map; geef een bestand binnen het project op, relatief daaraan',
  'binary file (contains NUL bytes); expected a Markdown text file': 'binair bestand (bevat NUL-bytes); verwacht een tekstbestand',
  'not valid UTF-8 text; save the file as UTF-8': 'geen geldige UTF-8-tekst; sla het bestand op als UTF-8',
};

/** A reader's refusal in English and Dutch (unknown reasons stay English in both). */
export function refusal(reason: string): { en: string; nl: string } {
  const large = /^file is too large \(the limit is (.+)\)$/.exec(reason);
  return { en: reason, nl: large ? `bestand is te groot (de grens is ${large[1]})` : (REFUSALS_NL[reason] ?? reason) };
}
