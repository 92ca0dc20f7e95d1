// Snapshots of the overlap and coverage Cypher: a change to a query shows up in review; the
// documents and the graph name are parameters, never text.
import { describe, expect, it } from 'vitest';
import * as cya from '../../../server/src/store/neo4j/cypher-aggregates';
import { recommendationFacts } from '../../../server/src/store/neo4j/cypher-recommendations';

describe('overlap and coverage Cypher', () => {
  it('reads the triples of the named documents only, the ids as a parameter', () => {
    const query = cya.documentTriplesOf(3, 'actors', ['doc:a', "doc:b'"]);
    expect(query.text).not.toContain('doc:');
    expect(query.params).toEqual({ v: 3, documents: ['doc:a', "doc:b'"] });
    expect(query.text).toMatchSnapshot();
  });

  it('reads the published version and bundle hash of a graph together', () => {
    const query = cya.publishedGraph("g'x");
    expect(query.text).not.toContain("g'x");
    expect(query).toMatchSnapshot();
  });
});

describe('recommendation facts and vocabulary Cypher', () => {
  it('reads every recommendation of a version with the ids it links to, the version as a parameter', () => {
    const query = recommendationFacts(7);
    expect(query.params).toEqual({ v: 7 });
    expect(query.text).toMatchSnapshot();
  });

  it('reads the search tokens of a version', () => {
    expect(cya.searchTokens(7)).toMatchSnapshot();
  });
});
