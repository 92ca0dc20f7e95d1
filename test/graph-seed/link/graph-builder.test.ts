import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../../graph-seed/src/link/graph-builder';

describe('GraphBuilder', () => {
  it('merges the evidence of an edge found in several provisions', () => {
    const g = new GraphBuilder();
    g.addNode('prov:a:1', 'Provision', { name: 'a 1' });
    g.addNode('inst:cedaw', 'Instrument', { name: 'CEDAW' });
    g.addRelationship('CITES', 'prov:a:1', 'inst:cedaw', 'catalogue', ['prov:a:1']);
    g.addRelationship('CITES', 'prov:a:1', 'inst:cedaw', 'context', ['prov:a:2']);
    const { relationships } = g.toBundle();
    expect(relationships).toEqual([
      {
        type: 'CITES',
        start: 'prov:a:1',
        end: 'inst:cedaw',
        properties: { method: 'catalogue', evidence: ['prov:a:1', 'prov:a:2'] },
      },
    ]);
  });

  it('keeps the first properties of a node added twice and drops undefined properties', () => {
    const g = new GraphBuilder();
    g.addNode('inst:cedaw', 'Instrument', { name: 'CEDAW', year: undefined });
    g.addNode('inst:cedaw', 'Instrument', { name: 'the Convention' });
    expect(g.toBundle().nodes).toEqual([
      { id: 'inst:cedaw', labels: ['Instrument'], properties: { name: 'CEDAW' } },
    ]);
  });

  it('keeps two edges between the same nodes when their keys differ (two articles)', () => {
    const g = new GraphBuilder();
    g.addRelationship('ARISES_FROM', 'obl:safe-return', 'inst:tp', 'catalogue', [], { article: '7' }, '7');
    g.addRelationship('ARISES_FROM', 'obl:safe-return', 'inst:tp', 'catalogue', [], { article: '8' }, '8');
    expect(g.toBundle().relationships.map((r) => r.properties.article)).toEqual(['7', '8']);
  });
});
