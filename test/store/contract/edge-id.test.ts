import { describe, expect, it } from 'vitest';
import { edgeIds } from '../../../server/src/store/contract/edge-id';

describe('edge ids', () => {
  it('derive from the ends and type, numbering parallel relationships in bundle order', () => {
    const r = (type: 'CITES' | 'ARISES_FROM', start: string, end: string) => ({
      type,
      start,
      end,
      properties: {},
    });
    expect(
      edgeIds([
        r('ARISES_FROM', 'obl:a', 'inst:b'),
        r('CITES', 'prov:x', 'inst:b'),
        r('ARISES_FROM', 'obl:a', 'inst:b'),
      ]),
    ).toEqual(['obl:a-[ARISES_FROM]->inst:b', 'prov:x-[CITES]->inst:b', 'obl:a-[ARISES_FROM]->inst:b#2']);
  });
});
