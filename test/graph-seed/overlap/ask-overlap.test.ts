import { describe, expect, it } from 'vitest';
import { askOverlaps, type RecommendationAsks } from '../../../graph-seed/src/overlap/ask-overlap';
import { OVERLAP } from '../../../graph-seed/src/stages/overlap';

const options = { ...OVERLAP, broad: new Set<string>() };

/** A one-ask recommendation calling for `measure`, with the given words. */
const rec = (id: string, documentId: string, measure: string, text: string): RecommendationAsks => ({
  id,
  documentId,
  hits: [[{ measure, spans: [], instruments: [], lead: false }]],
  grams: [[]],
  text,
  unitTexts: [text],
  links: [],
});

// Filler recommendations give the TF-IDF weights a corpus to be rare in.
const filler = Array.from({ length: 20 }, (_, i) =>
  rec(`rec:f:${i}`, 'doc:f', `measure:other-${i}`, `unrelated wording number ${i} about topic ${i}`),
);

describe('overlap between asks', () => {
  it('links two recommendations that call for one specific measure in shared words', () => {
    const found = askOverlaps(
      [
        rec(
          'rec:a:1',
          'doc:a',
          'measure:shelters',
          'provide safe shelters and recovery services for victims',
        ),
        rec('rec:b:1', 'doc:b', 'measure:shelters', 'ensure safe shelters and recovery services for women'),
        ...filler,
      ],
      options,
    );
    expect(found.map((l) => [l.a, l.b, l.measures])).toEqual([[0, 1, ['measure:shelters']]]);
  });

  it('does not link them on the measure alone when their asks share no wording', () => {
    const found = askOverlaps(
      [
        rec(
          'rec:a:1',
          'doc:a',
          'measure:non-punishment',
          'refrain from detaining victims in immigration centres',
        ),
        rec(
          'rec:b:1',
          'doc:b',
          'measure:non-punishment',
          'expunge criminal records of persons who were exploited',
        ),
        ...filler,
      ],
      options,
    );
    expect(found).toEqual([]);
  });
});
