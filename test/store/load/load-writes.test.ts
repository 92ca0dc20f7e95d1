import { describe, expect, it } from 'vitest';
import type { BundleRelationship } from '../../../server/src/store/bundle';
import { edgeRanks } from '../../../server/src/store/contract/edge-id';
import { rankCounter } from '../../../server/src/store/load/load-writes';

const rel = (start: string, type: string, end: string) =>
  ({ start, type, end, properties: {} }) as unknown as BundleRelationship;

describe('loader relationship ranks', () => {
  it('ranks parallel relationships as the contract edge ids do, per type and direction', () => {
    const rels = [
      rel('a', 'CITES', 'b'),
      rel('a', 'MENTIONS', 'b'),
      rel('a', 'CITES', 'b'),
      rel('b', 'CITES', 'a'),
      rel('a', 'CITES', 'b'),
      rel('a', 'MENTIONS', 'b'),
      rel('a', 'CITES', 'c'),
    ];
    const rankOf = rankCounter([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(rels.map(rankOf)).toEqual(edgeRanks(rels));
    expect(edgeRanks(rels)).toEqual([1, 1, 2, 1, 3, 2, 1]);
  });

  it('ranks relationships between held nodes alike when others have ends the bundle lacks', () => {
    const rels = [
      rel('a', 'CITES', 'x'),
      rel('a', 'CITES', 'b'),
      rel('y', 'CITES', 'b'),
      rel('a', 'CITES', 'b'),
    ];
    expect(rels.map(rankCounter([{ id: 'a' }, { id: 'b' }])).filter((_, i) => i % 2 === 1)).toEqual([1, 2]);
  });
});
