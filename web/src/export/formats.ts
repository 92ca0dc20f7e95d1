import type { ViewGraph } from '../graph/compose';
import { csvCell } from '@atlas/server/csv';

/** The current view in the shared graph-bundle format (ONTOLOGY.md), without placeholder nodes. */
export function toBundle(view: ViewGraph): string {
  return JSON.stringify(
    {
      format: 'graph-bundle',
      version: 1,
      nodes: view.nodes.map((n) => ({
        id: n.id,
        labels: [n.label],
        properties: { ...n.properties, name: n.name },
      })),
      relationships: view.edges.map((e) => ({
        type: e.type,
        start: e.source,
        end: e.target,
        properties: {
          ...(e.method ? { method: e.method } : {}),
          evidence: e.evidence,
          ...(e.score !== null ? { score: e.score } : {}),
          ...(e.article !== null ? { article: e.article } : {}),
        },
      })),
    },
    null,
    1,
  );
}

const xml = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** GraphML with the keys a reader needs to tell labels, types and evidence apart (yEd, Gephi). */
export function toGraphML(view: ViewGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="text" for="node" attr.name="text" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="method" for="edge" attr.name="method" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <key id="score" for="edge" attr.name="score" attr.type="double"/>',
    '  <graph id="atlas-view" edgedefault="directed">',
  ];
  for (const n of view.nodes) {
    const text =
      typeof n.properties.text === 'string' ? `<data key="text">${xml(n.properties.text)}</data>` : '';
    lines.push(
      `    <node id="${xml(n.id)}"><data key="label">${n.label}</data><data key="name">${xml(n.name)}</data>${text}</node>`,
    );
  }
  for (const e of view.edges) {
    const score = e.score !== null ? `<data key="score">${e.score}</data>` : '';
    lines.push(
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${e.type}</data>` +
        `<data key="method">${xml(e.method ?? '')}</data><data key="evidence">${xml(e.evidence.join(' '))}</data>${score}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** One row per edge, with both ends named, its method and evidence: what a spreadsheet user wants. */
export function toCSV(view: ViewGraph): string {
  const names = new Map(view.nodes.map((n) => [n.id, n]));
  const header = [
    'source_id',
    'source_label',
    'source_name',
    'type',
    'target_id',
    'target_label',
    'target_name',
    'method',
    'score',
    'article',
    'evidence',
  ];
  const rows = view.edges.map((e) => [
    e.source,
    names.get(e.source)?.label ?? '',
    names.get(e.source)?.name ?? '',
    e.type,
    e.target,
    names.get(e.target)?.label ?? '',
    names.get(e.target)?.name ?? '',
    e.method ?? '',
    e.score === null ? '' : String(e.score),
    e.article ?? '',
    e.evidence.join(' '),
  ]);
  const linked = new Set(view.edges.flatMap((e) => [e.source, e.target]));
  // Nodes without an edge still belong to the view: one row each, edge columns empty.
  const alone = view.nodes
    .filter((n) => !linked.has(n.id))
    .map((n) => [n.id, n.label, n.name, '', '', '', '', '', '', '', '']);
  return `${[header, ...rows, ...alone].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
