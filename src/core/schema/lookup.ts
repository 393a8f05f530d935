import { SCHEMAS, type SchemaName } from './validate';
import common from '../../../schemas/common.schema.json';

/** A JSON Schema node, loosely typed: our schemas are data. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  'x-description-nl'?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  required?: string[];
  examples?: unknown[];
  else?: SchemaNode;
  then?: SchemaNode;
  oneOf?: SchemaNode[];
}

const FILES: Record<string, SchemaNode> = { 'common.schema.json': common as SchemaNode };
for (const s of Object.values(SCHEMAS)) FILES[(s as { $id: string }).$id] = s as SchemaNode;

function resolve(node: SchemaNode | undefined, file: string): { node?: SchemaNode; file: string } {
  let n = node;
  let f = file;
  const seen = new Set<string>();
  while (n?.$ref && !seen.has(f + n.$ref)) {
    seen.add(f + n.$ref);
    const [target, pointer] = n.$ref.split('#');
    const merged = { ...n };
    delete merged.$ref;
    if (target) f = target;
    const base = FILES[f];
    const found = (pointer ?? '').split('/').filter(Boolean).reduce<SchemaNode | undefined>((o, k) => (o as Record<string, SchemaNode> | undefined)?.[k], base);
    // Sibling keywords (description, x-description-nl) override the referenced schema's.
    n = found ? { ...found, ...merged } : undefined;
  }
  return { node: n, file: f };
}

/**
 * The schema of the value at `path` (keys; array indices as numbers) inside a block of `kind`.
 * Array items use the mapping form where a list allows both an id and a mapping.
 */
export function schemaAt(kind: SchemaName, path: readonly (string | number)[]): SchemaNode | undefined {
  let cur = resolve(SCHEMAS[kind] as SchemaNode, (SCHEMAS[kind] as { $id: string }).$id);
  for (const seg of path) {
    const node = cur.node;
    if (!node) return undefined;
    if (typeof seg === 'number') {
      let items = resolve(node.items, cur.file);
      if (items.node?.else) items = resolve(items.node.else, items.file);
      cur = items;
    } else {
      cur = resolve(node.properties?.[seg], cur.file);
    }
  }
  return cur.node;
}

/** Keys a mapping at `path` may have, with their schemas. */
export function keysAt(kind: SchemaName, path: readonly (string | number)[]): [string, SchemaNode][] {
  const node = schemaAt(kind, path);
  if (!node?.properties) return [];
  return Object.keys(node.properties).map((k) => [k, schemaAt(kind, [...path, k]) ?? {}]);
}
