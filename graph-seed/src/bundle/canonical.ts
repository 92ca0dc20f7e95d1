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
  return { format: 'graph-bundle', version: 1, nodes, relationships };
}

/** Serialises the canonical bundle: one node or relationship per line, so diffs stay readable. */
export function serializeBundle(bundle: GraphBundle): string {
  const c = canonicalBundle(bundle);
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `{\n  "format": "graph-bundle",\n  "version": 1,\n  "nodes": [\n${lines(c.nodes)}\n  ],\n  "relationships": [\n${lines(c.relationships)}\n  ]\n}\n`;
}
