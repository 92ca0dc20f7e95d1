import type { BundleNode, BundleRelationship, GraphBundle, PropertyValue } from './schema';

function sortedProperties(p: Record<string, PropertyValue>): Record<string, PropertyValue> {
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k] as PropertyValue]),
  );
}

const relKey = (r: BundleRelationship) =>
  `${r.type}\u0000${r.start}\u0000${r.end}\u0000${JSON.stringify(r.properties)}`;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Bundles this module made canonical. A bundle is a value, never changed once built: the build's
// canonical bundle is written as it is, not sorted a second time.
const canonical = new WeakSet<GraphBundle>();

/**
 * The one canonical form of a bundle: nodes by id, relationships by type, start, end and
 * properties, property keys sorted. The same graph always serialises to the same bytes.
 */
export function canonicalBundle(bundle: GraphBundle): GraphBundle {
  const nodes: BundleNode[] = bundle.nodes
    .map((n) => ({ id: n.id, labels: [...n.labels], properties: sortedProperties(n.properties) }))
    .sort((a, b) => byString(a.id, b.id));
  // Each key is made once, not in every comparison: a sort compares n log n times.
  const relationships: BundleRelationship[] = bundle.relationships
    .map((r) => {
      const rel = { type: r.type, start: r.start, end: r.end, properties: sortedProperties(r.properties) };
      return { rel, key: relKey(rel) };
    })
    .sort((a, b) => byString(a.key, b.key))
    .map((k) => k.rel);
  const c: GraphBundle = { format: 'graph-bundle', version: 1, nodes, relationships };
  canonical.add(c);
  return c;
}

/** Text chunks are cut at about this many characters, so no chunk holds the whole bundle. */
const CHUNK_CHARS = 1 << 20;

/**
 * The serialised canonical bundle in chunks of about a megabyte, in order: a bundle of a hundred
 * megabytes is written without ever being one string (nor an array of all its lines) in memory.
 */
export function* serializedChunks(bundle: GraphBundle): Generator<string> {
  const c = canonical.has(bundle) ? bundle : canonicalBundle(bundle);
  let chunk = '{\n  "format": "graph-bundle",\n  "version": 1,\n  "nodes": [\n';
  const lines = function* (xs: readonly unknown[]): Generator<string> {
    for (let i = 0; i < xs.length; i++) {
      chunk += `${i > 0 ? ',\n' : ''}    ${JSON.stringify(xs[i])}`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  };
  yield* lines(c.nodes);
  chunk += '\n  ],\n  "relationships": [\n';
  yield* lines(c.relationships);
  yield `${chunk}\n  ]\n}\n`;
}

/** Serialises the canonical bundle: one node or relationship per line, so diffs stay readable. */
export function serializeBundle(bundle: GraphBundle): string {
  return [...serializedChunks(bundle)].join('');
}
