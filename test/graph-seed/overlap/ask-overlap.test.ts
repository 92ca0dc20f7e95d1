import { describe, expect, it } from 'vitest';
import { askOverlaps, type RecommendationAsks } from '../../../graph-seed/src/overlap/ask-overlap';
import { OVERLAP } from '../../../graph-seed/src/stages/overlap';

// non-punishment holds different asks (measures.yaml `wide`), shelters is one ask
const options = { ...OVERLAP, broad: new Set<string>(), wide: new Set(['measure:non-punishment']) };

/** A recommendation of several asks, one measure each, with the given words per ask. */
const long = (
  id: string,
  documentId: string,
  asks: Array<[measure: string, text: string]>,
): RecommendationAsks => ({
  id,
  documentId,
  hits: asks.map(([measure]) => [{ measure, spans: [], instruments: [], lead: false }]),
  grams: asks.map(() => []),
  text: asks.map(([, t]) => t).join(' '),
  unitTexts: asks.map(([, t]) => t),
  links: [],
});

/** A one-ask recommendation calling for `measure`, with the given words. */
const rec = (id: string, documentId: string, measure: string, text: string): RecommendationAsks =>
  long(id, documentId, [[measure, text]]);

/** The shelter ask both suites compare against. */
const shelters = rec(
  'rec:a:1',
  'doc:a',
  'measure:shelters',
  'provide safe shelters and recovery services for victims',
);

// Filler recommendations give the TF-IDF weights a corpus to be rare in.
const filler = Array.from({ length: 20 }, (_, i) =>
  rec(`rec:f:${i}`, 'doc:f', `measure:other-${i}`, `unrelated wording number ${i} about topic ${i}`),
);

describe('overlap between asks', () => {
  it('links two recommendations that call for one specific measure in shared words', () => {
    const found = askOverlaps(
      [
        shelters,
        rec('rec:b:1', 'doc:b', 'measure:shelters', 'ensure safe shelters and recovery services for women'),
        ...filler,
      ],
      options,
    );
    expect(found.map((l) => [l.a, l.b, l.measures])).toEqual([[0, 1, ['measure:shelters']]]);
  });

  it('does not link two asks of a measure that holds different asks on the measure alone, without shared wording', () => {
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

describe('the principal ask', () => {
  const longWith = (shelterWords: string) =>
    long('rec:b:1', 'doc:b', [
      ['measure:training', 'train border officials, labour inspectors and judges to identify victims early'],
      ['measure:data', 'collect and publish data disaggregated by sex, age, disability and nationality'],
      ['measure:shelters', shelterWords],
    ]);

  it('links a short ask that lies wholly in a like-worded clause of a long recommendation, the long one containing it', () => {
    const found = askOverlaps(
      [shelters, longWith('ensure safe shelters and recovery services for women'), ...filler],
      options,
    );
    expect(found.map((l) => [l.a, l.b, l.direction])).toEqual([[0, 1, 'start-in-end']]);
  });

  it('links a short ask to the clause of a long recommendation that calls for the same specific measure in other words, naming that clause', () => {
    const found = askOverlaps(
      [
        shelters,
        longWith('fund accommodation and shelters run by women’s organizations in every district'),
        ...filler,
      ],
      options,
    );
    expect(found.map((l) => [l.a, l.b, l.unitsA, l.unitsB, l.direction])).toEqual([
      [0, 1, [0], [2], 'start-in-end'],
    ]);
  });

  it('does not link a short ask to a clause of a long recommendation on a measure that holds different asks, in other words', () => {
    const punish = rec(
      'rec:a:1',
      'doc:a',
      'measure:non-punishment',
      'refrain from detaining victims in centres',
    );
    const records = long('rec:b:1', 'doc:b', [
      ['measure:training', 'train border officials, labour inspectors and judges to identify victims early'],
      ['measure:non-punishment', 'expunge criminal records of persons who were exploited'],
    ]);
    const found = askOverlaps([punish, records, ...filler], options);
    expect(found).toEqual([]);
  });

  it('links them when the shared measures are most of what both ask', () => {
    const found = askOverlaps(
      [
        long('rec:a:1', 'doc:a', [
          ['measure:shelters', 'provide safe shelters and recovery services for victims'],
          ['measure:data', 'collect data disaggregated by sex and age on victims'],
        ]),
        long('rec:b:1', 'doc:b', [
          ['measure:shelters', 'ensure safe shelters and recovery services for women'],
          ['measure:data', 'improve data disaggregated by sex and age'],
        ]),
        ...filler,
      ],
      options,
    );
    expect(found.map((l) => [l.a, l.b, l.measures])).toEqual([[0, 1, ['measure:data', 'measure:shelters']]]);
  });

  it('links ratify ↔ ratify the same treaty without shared wording', () => {
    const ratify = (id: string, documentId: string, text: string): RecommendationAsks => ({
      ...rec(id, documentId, 'measure:ratify-instruments', text),
      hits: [
        [{ measure: 'measure:ratify-instruments', spans: [], instruments: ['instrument:x'], lead: false }],
      ],
    });
    const found = askOverlaps(
      [
        ratify('rec:a:1', 'doc:a', 'are encouraged to accede to the'),
        ratify('rec:b:1', 'doc:b', 'urges every State that has not yet done so to consider becoming party'),
        ...filler,
      ],
      options,
    );
    expect(found.map((l) => [l.a, l.b])).toEqual([[0, 1]]);
  });

  it('does not weigh a theme named only in an unmatched ask against a shared specific measure', () => {
    const withTheme = long('rec:b:1', 'doc:b', [
      ['measure:shelters', 'ensure safe shelters and recovery services for women'],
      ['measure:shelters', 'provide shelters that are safe for girls'],
      ['measure:root-causes', 'also address gender inequality as a root cause of trafficking'],
    ]);
    const found = askOverlaps([shelters, withTheme, ...filler], {
      ...options,
      broad: new Set(['measure:root-causes']),
    });
    expect(found.map((l) => [l.a, l.b])).toEqual([[0, 1]]);
    // a specific measure of an unmatched ask still counts: shelters is then one of two asks
    const withSpecific = long('rec:b:1', 'doc:b', [
      ['measure:shelters', 'fund safe shelters with trained staff for women and their children'],
      ['measure:legal-aid', 'grant free legal aid, advice and representation before courts and tribunals'],
    ]);
    // … but the shelter clause is the same ask as the short recommendation's: linked on that clause
    const [clause] = askOverlaps([shelters, withSpecific, ...filler], options);
    expect([clause?.unitsB, clause?.measures]).toEqual([[0], ['measure:shelters']]);
  });
});
