// GraphML writer for the graph bundle: opens in Gephi, yEd and Cytoscape desktop. Every property is
// declared as a typed <key> (one per element kind and property name); values are typed from what the
// bundle holds: all integers → long, all numbers → double, all booleans → boolean, else string;
// arrays are written as JSON text so nothing is lost. Node ids keep their readable form where GraphML
// allows it (NMTOKEN characters) and escape the rest as `_HH_`; the original id is the `atlasId` column.
import { create } from 'xmlbuilder2';
import { edgeIds } from '../store/contract/edge-id';
import type { GraphBundle, PropertyValue } from '../store/graph-store';

type KeyType = 'boolean' | 'long' | 'double' | 'string';
type Kind = 'node' | 'edge';

/** A reversible encoding of any id into GraphML's NMTOKEN characters. */
export const graphmlId = (id: string): string =>
  id.replace(
    /[^A-Za-z0-9.:-]/gu,
    (c) => `_${[...Buffer.from(c, 'utf8')].map((b) => b.toString(16).padStart(2, '0')).join('')}_`,
  );

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
  attrs: Record<string, string>;
  data: Record<string, PropertyValue>;
}

function elements(bundle: GraphBundle): Element[] {
  const nodes: Element[] = bundle.nodes.map((n) => ({
    kind: 'node',
    id: graphmlId(n.id),
    attrs: {},
    data: {
      atlasId: n.id,
      label: String(n.properties.name ?? n.id),
      type: n.labels.join(';'),
      ...n.properties,
    },
  }));
  const ids = edgeIds(bundle.relationships);
  const edges: Element[] = bundle.relationships.map((r, i) => {
    return {
      kind: 'edge',
      id: graphmlId(ids[i] ?? ''),
      attrs: { source: graphmlId(r.start), target: graphmlId(r.end) },
      data: { type: r.type, ...r.properties },
    };
  });
  return [...nodes, ...edges];
}

/** Key ids per (kind, property): `n0`, `n1` … and `e0`, `e1` …, in first-seen order. */
function declareKeys(all: Element[]): Map<string, { id: string; kind: Kind; name: string; type: KeyType }> {
  const keys = new Map<string, { id: string; kind: Kind; name: string; type: KeyType }>();
  const counts = { node: 0, edge: 0 };
  for (const el of all) {
    for (const [name, value] of Object.entries(el.data)) {
      if (value === null) continue;
      const k = `${el.kind}\u0000${name}`;
      const key = keys.get(k);
      if (key) key.type = merge(key.type, typeOf(value));
      else keys.set(k, { id: `${el.kind[0]}${counts[el.kind]++}`, kind: el.kind, name, type: typeOf(value) });
    }
  }
  return keys;
}

export function toGraphML(bundle: GraphBundle): string {
  const all = elements(bundle);
  const keys = declareKeys(all);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
    {
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
  );
  for (const key of keys.values()) {
    root.ele('key', { id: key.id, for: key.kind, 'attr.name': key.name, 'attr.type': key.type });
  }
  const graph = root.ele('graph', { id: 'obligation-atlas', edgedefault: 'directed' });
  for (const el of all) {
    const xml = graph.ele(el.kind, { id: el.id, ...el.attrs });
    for (const [name, value] of Object.entries(el.data)) {
      if (value === null) continue;
      const key = keys.get(`${el.kind}\u0000${name}`);
      if (key) xml.ele('data', { key: key.id }).txt(text(value));
    }
  }
  return root.end({ prettyPrint: true });
}
