import { describe, expect, it } from 'vitest';
import * as st from '../../../server/src/store/load/bulk/bulk-statements';

describe('bulk loader Cypher', () => {
  it('checks the instance and sets empty lists from parameter rows', () => {
    expect(st.instanceHome().text).toMatchSnapshot();
    expect(st.anyNode().text).toMatchSnapshot();
    expect(st.setEmptyNodeLists(1, 'aliases', []).text).toMatchSnapshot();
    expect(st.setEmptyRelationshipLists('CITES', 1, 'evidence', []).text).toMatchSnapshot();
  });

  it('refuses a type or property name that is not safe text', () => {
    expect(() => st.setEmptyNodeLists(1, 'x = 1, n.y', [])).toThrow(RangeError);
    expect(() => st.setEmptyRelationshipLists('LIKES' as never, 1, 'evidence', [])).toThrow(RangeError);
    expect(() => st.setEmptyRelationshipLists('CITES', 1, 'e` SET x', [])).toThrow(RangeError);
  });
});
