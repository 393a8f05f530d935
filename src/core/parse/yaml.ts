import { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, getScalarValue, parseEvents, type Event } from 'js-yaml';

/** Where a value (and, for mapping values, its key) sits in the YAML source; offsets are end-exclusive. */
export interface YamlLocation {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

export interface YamlError {
  message: string;
  offset: number;
}

export interface YamlParse {
  /** The parsed value; undefined when there is an error. */
  value: unknown;
  /** JSON-pointer ("" is the root, "/mitigations/0") to location. */
  locations: Map<string, YamlLocation>;
  error?: YamlError;
}

/** Aliases may expand a small text into an enormous tree ("billion laughs"); beyond this many nodes we refuse. */
export const MAX_EXPANDED_NODES = 50_000;
export const MAX_DEPTH = 64;
/**
 * Children of a node whose pointer is longer than this get no locations of their own: otherwise a
 * long key with many children would cost its length once per child (quadratic time and memory).
 * Diagnostics under such a node are located at the nearest located ancestor.
 */
export const MAX_POINTER_LENGTH = 256;

export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

interface Frame {
  kind: 'map' | 'seq';
  /** Undefined when the node's children are not located (its pointer is too long). */
  pointer: string | undefined;
  start: number;
  end: number;
  index: number;
  /** For mappings: the key waiting for its value. */
  key?: { text: string; start: number; end: number };
  size: number;
  anchor?: string;
}

/**
 * Parses one YAML document (the content of a fenced block or the front matter) into a
 * plain value plus a location for every path. Dates stay strings (YAML 1.2 core schema).
 */
export function parseYaml(source: string): YamlParse {
  const locations = new Map<string, YamlLocation>();
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (e) {
    return { value: undefined, locations, error: toError(e, source) };
  }
  const budget = measure(source, events, locations);
  if (budget) return { value: undefined, locations, error: budget };
  let docs: unknown[];
  try {
    docs = constructFromEvents(events, { source, schema: CORE_SCHEMA });
  } catch (e) {
    return { value: undefined, locations, error: toError(e, source) };
  }
  if (docs.length > 1) {
    const second = source.search(/^---/m) >= 0 ? source.search(/^(---|\.\.\.)/m) : 0;
    return { value: undefined, locations, error: { message: 'only one YAML document is allowed here', offset: Math.max(0, second) } };
  }
  return { value: docs.length ? docs[0] : null, locations };
}

function toError(e: unknown, source: string): YamlError {
  const err = e as { reason?: string; message?: string; mark?: { position: number } };
  const offset = Math.min(Math.max(err.mark?.position ?? 0, 0), source.length);
  return { message: err.reason ?? err.message ?? String(e), offset };
}

/** Walks the events once: records locations and checks the expanded size of aliases. */
export function measure(source: string, events: Event[], locations: Map<string, YamlLocation>, base = 0, length = source.length): YamlError | undefined {
  // Offsets in the text being measured; empty nodes at its end (which js-yaml places by what follows,
  // or at -1) are kept inside it, so a text alone and in a batch get the same locations.
  const at = (o: number) => Math.min(Math.max(o - base, 0), length);
  const stack: Frame[] = [];
  const anchors = new Map<string, number>();
  let total = 0;

  const place = (start: number, end: number, size: number, anchor?: string): YamlError | undefined => {
    if (anchor) anchors.set(anchor, size);
    total += size;
    if (total > MAX_EXPANDED_NODES) {
      return { message: `aliases expand to more than ${MAX_EXPANDED_NODES} nodes; simplify the YAML (no alias bombs)`, offset: start - base };
    }
    const parent = stack[stack.length - 1];
    if (!parent) {
      locations.set('', { start: at(start), end: at(end) });
      return undefined;
    }
    parent.end = Math.max(parent.end, end);
    parent.size += size;
    if (parent.kind === 'seq') {
      const index = parent.index++;
      if (parent.pointer !== undefined) locations.set(`${parent.pointer}/${index}`, { start: at(start), end: at(end) });
    } else if (!parent.key) {
      parent.key = { text: source.slice(start, end), start, end };
    } else {
      const k = parent.key;
      if (parent.pointer !== undefined) locations.set(`${parent.pointer}/${pointerSegment(k.text)}`, { start: at(start), end: at(end), keyStart: at(k.start), keyEnd: at(k.end) });
      parent.key = undefined;
    }
    return undefined;
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const parent = stack[stack.length - 1];
        let pointer: string | undefined = '';
        if (parent && parent.pointer === undefined) pointer = undefined;
        else if (parent?.kind === 'seq') pointer = `${parent.pointer}/${parent.index}`;
        else if (parent?.key) pointer = `${parent.pointer}/${pointerSegment(parent.key.text)}`;
        if (pointer !== undefined && pointer.length > MAX_POINTER_LENGTH) pointer = undefined;
        const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        stack.push({ kind: ev.type === EVENT_ID.MAPPING ? 'map' : 'seq', pointer, start: ev.start, end: ev.start, index: 0, size: 0, anchor });
        break;
      }
      case EVENT_ID.POP: {
        const f = stack.pop();
        if (!f) break; // end of a document
        total -= f.size; // counted again, once, as a whole
        const err = place(f.start, f.end, f.size + 1, f.anchor);
        if (err) return err;
        break;
      }
      case EVENT_ID.SCALAR: {
        const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        const parent = stack[stack.length - 1];
        if (parent?.kind === 'map' && !parent.key) {
          // A key: keep its decoded text so pointers match the constructed object.
          parent.key = { text: getScalarValue(source, ev), start: ev.valueStart, end: ev.valueEnd };
          break;
        }
        // Quoted scalars: include the quotes, so an empty "" still has a visible range.
        const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
        // An empty value (`key:`) that js-yaml places before its key (or at -1) sits right after the key.
        const keyEnd = parent?.kind === 'map' && parent.key ? parent.key.end : -1;
        const empty = !quoted && ev.valueStart === ev.valueEnd && ev.valueStart < keyEnd;
        const err = empty ? place(keyEnd, keyEnd, 1, anchor) : place(ev.valueStart - quoted, ev.valueEnd + quoted, 1, anchor);
        if (err) return err;
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(ev.anchorStart, ev.anchorEnd);
        const err = place(Math.max(0, ev.anchorStart - 1), ev.anchorEnd, anchors.get(name) ?? 1);
        if (err) return err;
        break;
      }
    }
  }
  return undefined;
}
