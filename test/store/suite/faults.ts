// Contract suite, part: queries with several faults at once. The contract's rule (contract/normalise.ts):
// every argument is checked before the graph is read, so a bad argument is INVALID_ARGUMENT whatever
// the ids name; the ids are then looked up in the order the query gives them. Each case is a pair
// of faults that a store checking in another order would report differently.
import { expect, it } from 'vitest';
import type { GraphStore, RelationshipType } from '../../../server/src/store/graph-store';
import { codeOf, type SuiteContext } from './context';

type Case = [fault: string, code: string, run: (store: GraphStore) => Promise<unknown>];

const CASES: Case[] = [
  [
    'an unknown centre and a depth out of range',
    'INVALID_ARGUMENT',
    (s) => s.neighbourhood({ id: 'actor:nobody', depth: 9, limit: 10 }),
  ],
  [
    'an unknown centre and an unknown relationship type',
    'INVALID_ARGUMENT',
    (s) => s.neighbourhood({ id: 'actor:nobody', depth: 1, limit: 10, types: ['LOVES' as RelationshipType] }),
  ],
  [
    'an unknown centre, a limit of 0 and an empty type list',
    'INVALID_ARGUMENT',
    (s) => s.neighbourhood({ id: 'actor:nobody', depth: 1, limit: 0, types: [] }),
  ],
  [
    'unknown path ends and a path length out of range',
    'INVALID_ARGUMENT',
    (s) => s.paths({ from: 'actor:nobody', to: 'inst:nothing', maxLength: 9, first: 1 }),
  ],
  [
    'unknown path ends, the first unknown',
    'NOT_FOUND',
    (s) => s.paths({ from: 'actor:nobody', to: 'inst:cedaw', maxLength: 2, first: 1 }),
  ],
  [
    'a chain end of the wrong label, then an unknown one, and first out of range',
    'INVALID_ARGUMENT',
    (s) => s.obligationChains({ instrument: 'actor:states', actor: 'actor:nobody', first: 0 }),
  ],
  [
    'an unknown chain end before one of the wrong label',
    'NOT_FOUND',
    (s) => s.obligationChains({ obligation: 'obl:nothing', actor: 'inst:cedaw', first: 10 }),
  ],
  [
    'a chain end of the wrong label before an unknown one',
    'INVALID_ARGUMENT',
    (s) => s.obligationChains({ instrument: 'actor:states', actor: 'actor:nobody', first: 10 }),
  ],
  [
    'an unknown recommendation and a score out of range',
    'INVALID_ARGUMENT',
    (s) => s.similarRecommendations({ id: 'rec:nothing', minScore: 2, first: 5 }),
  ],
  [
    'an unknown document and an unknown dimension',
    'INVALID_ARGUMENT',
    (s) => s.overlap({ dimension: 'colours' as 'actors', documents: ['doc:nothing'] }),
  ],
  [
    'unknown documents, more than an overlap compares',
    'INVALID_ARGUMENT',
    (s) => s.overlap({ dimension: 'actors', documents: Array.from({ length: 51 }, (_, i) => `doc:x${i}`) }),
  ],
  [
    'a known document after one that is not a document',
    'INVALID_ARGUMENT',
    (s) => s.overlap({ dimension: 'actors', documents: ['actor:states', 'doc:cedaw-gr38'] }),
  ],
  [
    'a search with no words and an unknown label',
    'INVALID_ARGUMENT',
    (s) => s.search({ text: ' ,, ', labels: ['Planet' as 'Actor'], first: 0 }),
  ],
  [
    'a bad cursor, an unknown label and a filter on an unknown relationship type',
    'INVALID_ARGUMENT',
    (s) =>
      s.listNodes({
        label: 'Planet' as 'Actor',
        first: 5,
        after: '!!',
        filter: { related: [{ type: 'LOVES' as RelationshipType, direction: 'out', ids: ['actor:nobody'] }] },
      }),
  ],
  [
    'an export of an unknown id and an empty one',
    'INVALID_ARGUMENT',
    (s) => s.exportBundle({ ids: ['actor:nobody', ''] }),
  ],
  [
    'an export of two unknown ids',
    'NOT_FOUND',
    (s) => s.exportBundle({ ids: ['actor:nobody', 'inst:nothing'] }),
  ],
];

export function faultTests(ctx: SuiteContext): void {
  it.each(CASES)('a query with %s fails with %s', async (_fault, code, run) => {
    expect(await codeOf(run(ctx.store))).toBe(code);
  });

  it('a refused argument is a rejected promise, never a synchronous throw', async () => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = ctx.store.neighbourhood({ id: '', depth: 0, limit: 0 });
    }).not.toThrow();
    expect(await codeOf(promise as Promise<unknown>)).toBe('INVALID_ARGUMENT');
  });
}
