import { CORE_SCHEMA, EVENT_ID, constructFromEvents, parseEvents, type Event } from 'js-yaml';
import { MAX_DEPTH, measure, parseYaml, type YamlLocation, type YamlParse } from './yaml';

/** Blocks whose text could change a YAML stream's document structure are parsed on their own. */
const STREAM_SYNTAX = /^(?:---|\.\.\.|%)|\0|\uFEFF/m;

/**
 * Parses many YAML texts with one call into js-yaml (one stream, one document per text), which saves
 * its per-call cost on documents with many blocks. Gives exactly what `parseYaml` gives for each
 * text: texts that could alter the stream, and any batch with an error, are parsed one by one.
 */
export function parseYamlBatch(sources: readonly string[]): YamlParse[] {
  const out: YamlParse[] = new Array(sources.length);
  const batch: number[] = [];
  // Texts without content (blank, comments only) are no document alone but an empty one in a stream;
  // trailing white space is read to the end of input alone, but to the next line in a stream.
  const alone = (src: string) => STREAM_SYNTAX.test(src) || !/^[ \t]*[^\s#]/m.test(src) || /\s$/.test(src);
  sources.forEach((src, i) => (alone(src) ? (out[i] = parseYaml(src)) : batch.push(i)));
  if (batch.length < 2) {
    for (const i of batch) out[i] = parseYaml(sources[i]);
    return out;
  }
  const bases: number[] = [];
  let combined = '';
  for (const i of batch) {
    combined += '---\n';
    bases.push(combined.length);
    combined += sources[i] + '\n';
  }
  let events: Event[] = [];
  try {
    events = parseEvents(combined, { maxDepth: MAX_DEPTH });
  } catch {
    events = [];
  }
  const starts = events.flatMap((e, k) => (e.type === EVENT_ID.DOCUMENT ? [k] : []));
  if (starts.length !== batch.length) {
    for (const i of batch) out[i] = parseYaml(sources[i]);
    return out;
  }
  starts.push(events.length);
  const locs = batch.map(() => new Map<string, YamlLocation>());
  if (batch.some((_, d) => measure(combined, events.slice(starts[d], starts[d + 1]), locs[d], bases[d], sources[batch[d]].length))) {
    for (const i of batch) out[i] = parseYaml(sources[i]);
    return out;
  }
  let docs: unknown[];
  try {
    docs = constructFromEvents(events, { source: combined, schema: CORE_SCHEMA });
  } catch {
    for (const i of batch) out[i] = parseYaml(sources[i]);
    return out;
  }
  batch.forEach((i, d) => (out[i] = { value: docs[d] ?? null, locations: locs[d] }));
  return out;
}
