// Snapshots of the Cypher text: a change to a query shows up in review. Also: values never enter text.
import { describe, expect, it } from 'vitest';
import * as cy from '../../../server/src/store/neo4j/cypher';
import * as cya from '../../../server/src/store/neo4j/cypher-aggregates';
import * as cyc from '../../../server/src/store/neo4j/cypher-chains';
import * as cyw from '../../../server/src/store/neo4j/cypher-walks';
import { schemaStatements } from '../../../server/src/store/neo4j/schema';

const filter: cy.ListFilterParams = {
  props: [{ key: 'documentId', values: ['doc:x'] }],
  related: [{ type: 'ADDRESSED_TO', dir: 'out', ids: ['actor:states'] }],
  textIds: null,
};

const queries: Record<string, cy.Query> = {
  currentVersion: cy.currentVersion('graph'),
  nodesByIds: cy.nodesByIds(cy.atVersion(3), ['a:1']),
  nodesByIdsPublished: cy.nodesByIds({ kind: 'published', graph: 'graph' }, ['a:1']),
  listNodes: cy.listNodes(3, 'Recommendation', filter, 'rec:a', 11),
  countNodes: cy.countNodes(3, 'Recommendation', filter),
  relationshipsOf: cy.relationshipsOf(cy.atVersion(3), ['a:1'], ['CITES'], 'out'),
  relationshipsIn: cy.relationshipsOf(cy.atVersion(3), ['a:1'], ['CITES', 'MENTIONS'], 'in'),
  fulltextCandidates: cy.fulltextCandidates(cy.atVersion(3), '+women*', ['Provision']),
  walkStart: cyw.walkStart({ kind: 'published', graph: 'graph' }, 'a:1', ['CITES', 'MENTIONS'], 'both'),
  expandFrontier: cyw.expandFrontier(3, ['a:1'], ['CITES', 'MENTIONS'], 'out'),
  walkAnswer: cyw.walkAnswer(3, ['a:1', 'b:2'], ['a:1'], ['CITES']),
  walkAnswerComplete: cyw.walkAnswer(3, ['a:1', 'b:2'], ['a:1', 'b:2'], ['CITES', 'MENTIONS']),
  walkAnswerSelected: cyw.walkAnswer(3, ['a:1'], ['a:1'], ['CITES'], ['name']),
  walkOne: cyw.walkOne(
    { kind: 'published', graph: 'graph' },
    'a:1',
    ['CITES', 'MENTIONS'],
    'both',
    200,
    null,
  ),
  walkOneSelected: cyw.walkOne(cy.atVersion(3), 'a:1', ['CITES'], 'in', 200, ['name', 'ref']),
  inducedEdges: cy.inducedEdges(3, ['a:1'], ['CITES']),
  simplePaths: cy.simplePaths(3, 'a:1', 'b:2', 2, ['CITES', 'IMPLEMENTS'], 101),
  joiningEdges: cy.joiningEdges(3, [['a:1', 'b:2']], ['CITES']),
  chainsFromInstrument: cyc.obligationChains(
    cy.atVersion(3),
    {
      instrument: 'inst:x',
      obligation: null,
      recommendation: null,
      actor: null,
      rootCause: null,
    },
    100,
  ),
  chainsFromActor: cyc.obligationChains(
    { kind: 'published', graph: 'graph' },
    {
      instrument: null,
      obligation: null,
      recommendation: null,
      actor: 'actor:x',
      rootCause: 'cause:y',
    },
    20,
  ),
  chainsWithEvidence: cyc.obligationChains(
    cy.atVersion(3),
    { instrument: 'inst:x', obligation: null, recommendation: null, actor: null, rootCause: null },
    100,
    ['name'],
    ['ref', 'text'],
  ),
  triplesObligations: cya.documentTriples(3, 'obligations'),
  triplesInstruments: cya.documentTriples(3, 'instruments'),
  similarTo: cya.similarTo(3, 'rec:a'),
  countByLabel: cya.countByLabel(3),
  countByType: cya.countByType(3),
};

describe('Cypher builders', () => {
  for (const [name, query] of Object.entries(queries)) {
    it(`builds ${name} as parameterised text`, () => {
      expect(query.text).toMatchSnapshot();
      for (const value of Object.values(query.params)) {
        if (typeof value === 'string' && value.includes(':')) expect(query.text).not.toContain(value);
      }
    });
  }

  it('builds the schema statements idempotently', () => {
    const statements = schemaStatements();
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
    expect(statements).toMatchSnapshot();
  });

  it('refuses a path length outside the range before building text', () => {
    expect(() => cy.simplePaths(3, 'a:1', 'b:2', 0, ['CITES'], 1)).toThrow(RangeError);
    expect(() => cy.simplePaths(3, 'a:1', 'b:2', 1.5, ['CITES'], 1)).toThrow(RangeError);
  });
});
