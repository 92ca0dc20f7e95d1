import { describe, expect, it } from 'vitest';
import { similarPairs } from '../../../graph-seed/src/overlap/similar-pairs';
import { terms } from '../../../graph-seed/src/overlap/terms';

// Recommendations from the corpus: two on the non-punishment of victims, from different documents.
const items = [
  {
    id: 'rec:cedaw-gr38:98',
    group: 'doc:cedaw-gr38',
    text: 'Ensure that trafficked women and girls are not subject to arrest, charge, detention, prosecution, or penalty for unlawful activities they were compelled to commit as a direct consequence of being trafficked',
  },
  {
    id: 'rec:ga-res-77-194:30',
    group: 'doc:ga-res-77-194',
    text: 'ensure that victims of trafficking are not penalized or prosecuted for unlawful activities they were compelled to commit as a direct consequence of having been trafficked',
  },
  {
    id: 'rec:ga-res-77-194:40',
    group: 'doc:ga-res-77-194',
    text: 'Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the implementation of the present resolution',
  },
  {
    id: 'rec:cedaw-gr38:99',
    group: 'doc:cedaw-gr38',
    text: 'Ensure that women and girls who are victims of trafficking are not prosecuted for immigration offences committed as a consequence of being trafficked',
  },
];
const options = { threshold: 0.25, topK: 5, termsPerItem: 10, maxPostings: 1000, candidatesPerItem: 25 };

describe('similarPairs', () => {
  it('stems and drops stop words', () => {
    expect(terms('Ensuring that the victims are protected')).toEqual(['victim', 'protect']);
  });

  it('pairs the two non-punishment recommendations of different documents', () => {
    const pairs = similarPairs(items, options);
    const pair = pairs.find((p) => p.a === 'rec:cedaw-gr38:98' && p.b === 'rec:ga-res-77-194:30');
    expect(pair?.score).toBeGreaterThan(0.4);
    expect(pair!.score).toBeLessThanOrEqual(1);
  });

  it('never pairs recommendations of the same document, nor unrelated ones', () => {
    const pairs = similarPairs(items, options);
    expect(pairs.some((p) => p.a === 'rec:cedaw-gr38:98' && p.b === 'rec:cedaw-gr38:99')).toBe(false);
    expect(pairs.some((p) => p.a === 'rec:ga-res-77-194:40' || p.b === 'rec:ga-res-77-194:40')).toBe(false);
  });

  it('keeps at most k partners per recommendation', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...items[1]!,
      id: `rec:x:${i}`,
      group: `doc:x${i}`,
    }));
    const pairs = similarPairs([items[0]!, ...many], { ...options, topK: 2 });
    const ofFirst = pairs.filter((p) => p.a === 'rec:cedaw-gr38:98' || p.b === 'rec:cedaw-gr38:98');
    // Its own top 2; each copy ranks the other copies (score 1) above it, so adds no pair with it.
    expect(ofFirst).toHaveLength(2);
  });
});
