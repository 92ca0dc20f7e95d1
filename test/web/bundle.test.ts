import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GraphBundle, bundleToSubgraph } from '../../web/src/graph/bundle';

const bundle = JSON.parse(
  readFileSync(new URL('../fixtures/mini-bundle.json', import.meta.url), 'utf8'),
) as GraphBundle;

describe('the whole graph from the bundle export', () => {
  it('keeps every node and relationship, with names, labels, methods and evidence', () => {
    const sub = bundleToSubgraph(bundle);
    expect(sub.nodes).toHaveLength(bundle.nodes.length);
    expect(sub.edges).toHaveLength(bundle.relationships.length);
    expect(sub.nodes.find((n) => n.id === 'actor:states')).toMatchObject({ label: 'Actor', name: 'States' });
    expect(sub.edges.find((e) => e.id === 'rec:cedaw-gr38:54(a)-[ADDRESSED_TO]->actor:states')).toMatchObject(
      {
        method: expect.any(String),
        evidence: ['prov:cedaw-gr38:54'],
      },
    );
  });

  it('numbers repeated relationships between the same ends as the API does', () => {
    const rel = { type: 'ARISES_FROM' as const, start: 'obl:a', end: 'inst:b', properties: { article: '5' } };
    const sub = bundleToSubgraph({
      ...bundle,
      nodes: [],
      relationships: [rel, { ...rel, properties: { article: '6' } }],
    });
    expect(sub.edges.map((e) => [e.id, e.article])).toEqual([
      ['obl:a-[ARISES_FROM]->inst:b', '5'],
      ['obl:a-[ARISES_FROM]->inst:b#2', '6'],
    ]);
  });
});
