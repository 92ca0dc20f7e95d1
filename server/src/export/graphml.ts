// The GraphML writer of Obligation Atlas, shared by the server's /export routes and the explorer
// (package export `@atlas/server/graphml`): plain string building, no Node API, so it runs in a
// browser too. Opens in Gephi, yEd and Cytoscape desktop.
//   keys: `label` the display name, `kind` the node label (edges: `type`), then every property as a
//   typed <key> (all integers → long, all numbers → double, all booleans → boolean, else string);
//   lists (evidence, spans, aliases …) are written as JSON arrays of strings, so nothing is lost.
// Ids keep their readable form where GraphML allows it (NMTOKEN characters) and escape the rest as
// `_HH_` (UTF-8 bytes); the original id is the `atlasId` key.
import { edgeIds } from '../store/contract/edge-id';
import type { GraphBundle, PropertyValue } from '../store/bundle';

type KeyType = 'boolean' | 'long' | 'double' | 'string';
type Kind = 'node' | 'edge';

const utf8 = new TextEncoder();

/** A reversible encoding of any id into GraphML's NMTOKEN characters. */
export const graphmlId = (id: string): string =>
  id.replace(
    /[^A-Za-z0-9.:-]/gu,
    (c) => `_${[...utf8.encode(c)].map((b) => b.toString(16).padStart(2, '0')).join('')}_`,
  );

// Characters XML 1.0 cannot carry at all are dropped; markup characters are escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 defines its characters by these ranges
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const xmlText = (value: string): string =>
  value.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

function typeOf(value: PropertyValue): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

function merge(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

const text = (value: PropertyValue): string =>
  Array.isArray(value) || (typeof value === 'object' && value !== null)
    ? JSON.stringify(value)
    : String(value);

interface Element {
  kind: Kind;
  id: string;
  attrs: string;
  data: Record<string, PropertyValue>;
}

const ownKind = (labels: readonly string[]): string =>
  `${(labels[0] ?? 'node').replace(/^./, (c) => c.toLowerCase())}Kind`;

const nodeElement = (n: GraphBundle['nodes'][number]): Element => ({
  kind: 'node',
  id: graphmlId(n.id),
  attrs: '',
  data: {
    label: String(n.properties.name ?? n.id),
    kind: n.labels.join(';'),
    atlasId: n.id,
    // `kind` is the node label here; a node's own kind property (a document's `resolution`, a
    // provision's `operative`) is written as `<label>Kind` (documentKind, provisionKind …).
    ...Object.fromEntries(
      Object.entries(n.properties).map(([k, v]) => [k === 'kind' ? ownKind(n.labels) : k, v]),
    ),
  },
});

const edgeElement = (r: GraphBundle['relationships'][number], id: string): Element => ({
  kind: 'edge',
  id: graphmlId(id),
  attrs: ` source="${graphmlId(r.start)}" target="${graphmlId(r.end)}"`,
  data: { type: r.type, evidence: [], spans: [], ...r.properties },
});

/**
 * The bundle's elements, nodes then edges, made one at a time when asked for: a writer holds one
 * slice of them, not a second copy of the whole graph.
 */
function elements(bundle: GraphBundle): { count: number; at: (i: number) => Element } {
  const ids = edgeIds(bundle.relationships);
  const n = bundle.nodes.length;
  return {
    count: n + bundle.relationships.length,
    at: (i) =>
      i < n
        ? nodeElement(bundle.nodes[i] as GraphBundle['nodes'][number])
        : edgeElement(bundle.relationships[i - n] as GraphBundle['relationships'][number], ids[i - n] ?? ''),
  };
}

interface Key {
  id: string;
  kind: Kind;
  name: string;
  type: KeyType;
}

/** Key ids per (kind, property): `n0`, `n1` … and `e0`, `e1` …, in first-seen order. */
class Keys {
  readonly byName = new Map<string, Key>();
  private readonly counts = { node: 0, edge: 0 };

  declare(el: Element): void {
    for (const [name, value] of Object.entries(el.data)) {
      if (value === null) continue;
      const k = `${el.kind}\u0000${name}`;
      const key = this.byName.get(k);
      if (key) key.type = merge(key.type, typeOf(value));
      else
        this.byName.set(k, {
          id: `${el.kind[0]}${this.counts[el.kind]++}`,
          kind: el.kind,
          name,
          type: typeOf(value),
        });
    }
  }
}

function header(keys: Map<string, Key>, graphId: string): string[] {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of keys.values()) {
    out.push(
      `  <key id="${key.id}" for="${key.kind}" attr.name="${xmlText(key.name)}" attr.type="${key.type}"/>`,
    );
  }
  out.push(`  <graph id="${graphmlId(graphId)}" edgedefault="directed">`);
  return out;
}

function line(el: Element, keys: Map<string, Key>): string {
  let out = `    <${el.kind} id="${el.id}"${el.attrs}>`;
  for (const [name, value] of Object.entries(el.data)) {
    if (value === null) continue;
    const key = keys.get(`${el.kind}\u0000${name}`);
    if (key) out += `<data key="${key.id}">${xmlText(text(value))}</data>`;
  }
  return `${out}</${el.kind}>`;
}

const FOOTER = ['  </graph>', '</graphml>', ''];

/** Elements written between two yields of `slices`. */
const SLICE = 250;

/**
 * The file in pieces: the keys are declared over every element first (a slice at a time), then the
 * header, the element lines a slice at a time and the footer. Each yield marks a point where a caller
 * may give other work a turn; `null` is a pause with nothing written.
 */
function* slices(bundle: GraphBundle, graphId: string): Generator<string | null> {
  const all = elements(bundle);
  const keys = new Keys();
  for (let i = 0; i < all.count; i += SLICE) {
    for (let j = i; j < Math.min(i + SLICE, all.count); j++) keys.declare(all.at(j));
    yield null;
  }
  yield header(keys.byName, graphId).join('\n');
  for (let i = 0; i < all.count; i += SLICE) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(i + SLICE, all.count); j++) lines.push(line(all.at(j), keys.byName));
    yield lines.join('\n');
  }
  yield FOOTER.join('\n');
}

export function toGraphML(bundle: GraphBundle, graphId = 'obligation-atlas'): string {
  const out: string[] = [];
  for (const piece of slices(bundle, graphId)) if (piece !== null) out.push(piece);
  return out.join('\n');
}

/**
 * The same file as `toGraphML`, with a macrotask between slices: a server renders the whole graph
 * this way so other requests (its health check among them) are answered while it writes. Each slice
 * is joined as it is written, so no last step copies the whole file at once.
 */
export async function toGraphMLYielding(bundle: GraphBundle, graphId = 'obligation-atlas'): Promise<string> {
  const out: string[] = [];
  for (const piece of slices(bundle, graphId)) {
    if (piece !== null) out.push(piece);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return out.join('\n');
}
