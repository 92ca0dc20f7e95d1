// The memory store's compact text index must match and score exactly as contract/text-search.ts does
// on strings: checked against the plain definitions for every node of the fixture.
import { describe, expect, it } from 'vitest';
import {
  matchesAll,
  queryTerms,
  SEARCH_FIELDS,
  scoreNode,
  tokenize,
} from '../../../server/src/store/contract/text-search';
import {
  buildTextIndex,
  termRange,
  scoreFields,
  textMatches,
} from '../../../server/src/store/memory/text-index';
import { miniBundle } from '../fixture';
import { sorted } from '../suite/context';

const bundle = miniBundle();
const index = buildTextIndex(bundle.nodes);

/** Queries from the fixture's own words: whole words, prefixes of them, pairs, and a word no node has. */
const queries = (() => {
  const words = sorted(new Set(bundle.nodes.flatMap((n) => tokenize(String(n.properties.name ?? '')))));
  const qs = words.slice(0, 40).flatMap((w) => [w, w.slice(0, 3)]);
  for (let i = 0; i + 1 < words.length && i < 30; i += 3) qs.push(`${words[i]} ${words[i + 1]}`);
  return [...qs, 'zzzyq'];
})();

describe('memory text index', () => {
  it('finds exactly the nodes where every term prefixes one of their tokens', () => {
    for (const q of queries) {
      const terms = queryTerms(q);
      const found = textMatches(
        index,
        terms.map((t) => termRange(index, t)),
      );
      const expected = bundle.nodes.filter((n) => matchesAll(terms, tokenize(searchText(n.properties))));
      expect({ q, ids: sorted(found) }).toEqual({ q, ids: sorted(expected.map((n) => n.id)) });
    }
  });

  it('scores every match as scoreNode does, to the last digit', () => {
    let scored = 0;
    for (const q of queries) {
      const terms = queryTerms(q);
      const ranges = terms.map((t) => termRange(index, t));
      for (const n of bundle.nodes) {
        if (!matchesAll(terms, tokenize(searchText(n.properties)))) continue;
        scored++;
        const fields = index.fields.get(n.id);
        expect({ q, id: n.id, score: fields && scoreFields(ranges, fields) }).toEqual({
          q,
          id: n.id,
          score: scoreNode(terms, n.properties),
        });
      }
    }
    expect(scored).toBeGreaterThan(100);
  });
});

/** The text the index reads: the weighted search fields (contract/text-search.ts SEARCH_FIELDS). */
function searchText(props: Record<string, unknown>): string {
  return SEARCH_FIELDS.flatMap(([f]) => [props[f]].flat())
    .filter((x): x is string => typeof x === 'string')
    .join(' ');
}
