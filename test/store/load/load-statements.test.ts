import { describe, expect, it } from 'vitest';
import * as st from '../../../server/src/store/load/load-statements';

describe('loader Cypher', () => {
  it('creates nodes and relationships per label and type from parameter rows', () => {
    expect(st.createNodes('Actor', 2, []).text).toMatchSnapshot();
    expect(st.createRelationships('CITES', 2, ['evidence', 'method'], []).text).toMatchSnapshot();
    expect(st.countVersion(2).text).toMatchSnapshot();
    expect(st.readMeta('g').text).toMatchSnapshot();
    expect(st.nextVersion().text).toMatchSnapshot();
    expect(st.publish('g', 2, 'h', 1, 1).text).toMatchSnapshot();
    expect(st.deleteOtherVersions('g', 2).map((q) => q.text)).toMatchSnapshot();
  });

  it('refuses a label, type or property name that is not safe text', () => {
    expect(() => st.createRelationships('CITES', 1, ['x = 1, r.y'], [])).toThrow(RangeError);
    expect(() => st.createNodes('Person` SET x' as never, 1, [])).toThrow(RangeError);
    expect(() => st.createRelationships('LIKES' as never, 1, [], [])).toThrow(RangeError);
  });
});
