import type { Block, DpiaDocument } from './document';

/** A `data` block read: one category of personal data (part A, §2 and §10). */
export interface DataCategory {
  block: Block;
  id?: string;
  name?: string;
  special?: string;
  criminal: boolean;
  nationalId: boolean;
  hasRetention: boolean;
}

/** An exception for one data category in a purpose (Art. 9(2), Art. 10, Art. 46 UAVG). */
export interface PurposeException {
  data: string;
  ground?: string;
  provision?: string;
  index: number;
}

/** A `purpose` block read (part B). */
export interface Purpose {
  block: Block;
  id?: string;
  title?: string;
  basis?: string;
  provision?: string;
  publicTask: boolean;
  balancing?: string;
  /** The data category ids the purpose uses, with their index in `data`. */
  data: { id: string; index: number }[];
  exceptions: PurposeException[];
}

export interface Party {
  name: string;
  role?: string;
  agreement?: string;
  index: number;
}

export interface Location {
  country?: string;
  transfer?: string;
  dtia?: string;
  index: number;
}

/** A `processing` block read (part A, §3–§6, §8). */
export interface Processing {
  block: Block;
  id?: string;
  title?: string;
  purposes: { id: string; index: number }[];
  data: { id: string; index: number }[];
  parties: Party[];
  locations: Location[];
}

/** The parts of a document beyond the risk register: its data inventory, processing and purposes. */
export interface Parts {
  data: DataCategory[];
  processing: Processing[];
  purposes: Purpose[];
  prescans: Block[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v: unknown) => (Array.isArray(v) ? v.flatMap((x, index) => (typeof x === 'string' ? [{ id: x, index }] : [])) : []);
const maps = (v: unknown) => (Array.isArray(v) ? v.flatMap((x, index) => (isMap(x) ? [{ m: x, index }] : [])) : []);

function dataOf(block: Block): DataCategory {
  const v = block.value ?? {};
  return {
    block,
    id: block.id,
    name: str(v.name),
    special: str(v.special),
    criminal: v.criminal === true,
    nationalId: v['national-id'] === true,
    hasRetention: isMap(v.retention) && (!!str(v.retention.period) || !!str(v.retention.rule)),
  };
}

function purposeOf(block: Block): Purpose {
  const v = block.value ?? {};
  return {
    block,
    id: block.id,
    title: str(v.title),
    basis: str(v.basis),
    provision: str(v.provision),
    publicTask: v['public-task'] !== false,
    balancing: str(v.balancing),
    data: ids(v.data),
    exceptions: maps(v.exceptions).flatMap(({ m, index }) => (str(m.data) ? [{ data: m.data as string, ground: str(m.ground), provision: str(m.provision), index }] : [])),
  };
}

function processingOf(block: Block): Processing {
  const v = block.value ?? {};
  return {
    block,
    id: block.id,
    title: str(v.title),
    purposes: ids(v.purposes),
    data: ids(v.data),
    parties: maps(v.parties).flatMap(({ m, index }) => (str(m.name) ? [{ name: m.name as string, role: str(m.role), agreement: str(m.agreement), index }] : [])),
    locations: maps(v.locations).map(({ m, index }) => ({ country: str(m.country)?.toUpperCase(), transfer: str(m.transfer), dtia: str(m.dtia), index })),
  };
}

const cache = new WeakMap<Block[], Parts>();

/** Reads the document's `data`, `processing`, `purpose` and `prescan` blocks (once per version of the block list). */
export function readParts(doc: Pick<DpiaDocument, 'blocks'>): Parts {
  let p = cache.get(doc.blocks);
  if (p) return p;
  p = { data: [], processing: [], purposes: [], prescans: [] };
  for (const b of doc.blocks) {
    if (!b.value) continue;
    if (b.kind === 'data') p.data.push(dataOf(b));
    else if (b.kind === 'purpose') p.purposes.push(purposeOf(b));
    else if (b.kind === 'processing') p.processing.push(processingOf(b));
    else if (b.kind === 'prescan') p.prescans.push(b);
  }
  cache.set(doc.blocks, p);
  return p;
}

/** Where each data category id is used: the purposes and processing blocks that name it. */
export function dataUses(parts: Parts): Map<string, { purposes: string[]; processing: string[] }> {
  const out = new Map<string, { purposes: string[]; processing: string[] }>();
  const at = (id: string) => out.get(id) ?? (out.set(id, { purposes: [], processing: [] }), out.get(id)!);
  for (const p of parts.purposes) for (const d of p.data) at(d.id).purposes.push(p.id ?? '?');
  for (const p of parts.processing) for (const d of p.data) at(d.id).processing.push(p.id ?? '?');
  return out;
}
