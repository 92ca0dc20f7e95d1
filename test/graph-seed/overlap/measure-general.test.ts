import { describe, expect, it } from 'vitest';
import type { MeasureCatalogue } from '../../../graph-seed/src/catalogue';
import { askOverlaps, type RecommendationAsks } from '../../../graph-seed/src/overlap/ask-overlap';
import { OVERLAP } from '../../../graph-seed/src/stages/overlap';
import { entry, tagged } from './measure-fixture';

const catalogue: MeasureCatalogue = {
  verbs: { research: ['\\bresearch\\w*', '\\bstud(?:y|ies)\\b'] },
  notAsks: [],
  measures: [
    entry({
      id: 'research',
      name: 'Research on trafficking',
      group: 'data',
      description: 'Research on trafficking.',
      frames: [{ verb: 'research', objects: ['\\blinks? between\\b'], general: ['\\btrafficking\\b'] }],
    }),
  ],
};

const tag = (text: string) => tagged(catalogue, text);

describe('an ask for a measure on its general object', () => {
  it('is general when only a general object of the frame is matched', () => {
    const hits = tag('continue collaborative research and studies on trafficking in women and girls');
    expect(hits.map((h) => [h.measure, h.general])).toEqual([['research', true]]);
  });

  it('is specific when a specific object is matched as well, and names that object as its subject', () => {
    const hits = tag('undertake further research into the links between migration and trafficking');
    expect(hits.map((h) => [h.measure, h.general ?? false, h.subjects])).toEqual([
      ['research', false, ['0.0']],
    ]);
  });
});

// research holds different asks, one per subject (measures.yaml `wide`)
const options = { ...OVERLAP, broad: new Set(['measure:gbv']), wide: new Set(['measure:research']) };

const ask = (
  id: string,
  documentId: string,
  asks: Array<[measures: string[], text: string, general?: boolean, subjects?: string[]]>,
): RecommendationAsks => ({
  id,
  documentId,
  hits: asks.map(([measures, , general, subjects]) =>
    measures.map((measure) => ({ measure, spans: [], instruments: [], lead: false, general, subjects })),
  ),
  grams: asks.map(() => []),
  text: asks.map(([, t]) => t).join(' '),
  unitTexts: asks.map(([, t]) => t),
  links: [],
});

// Filler recommendations give the TF-IDF weights a corpus to be rare in.
const filler = Array.from({ length: 20 }, (_, i) =>
  ask(`rec:f:${i}`, 'doc:f', [[[`measure:other-${i}`], `unrelated wording number ${i} about topic ${i}`]]),
);
const general = ask('rec:a:1', 'doc:a', [
  [['measure:research'], 'continue joint studies that can serve as a basis for policy change', true],
]);

describe('a general ask contains the specific asks of its measure', () => {
  it('links them without shared wording, the general side containing the other', () => {
    const specific = ask('rec:b:1', 'doc:b', [
      [['measure:research', 'measure:gbv'], 'prioritize inquiry into connections with other violence'],
    ]);
    const found = askOverlaps([general, specific, ...filler], options);
    expect(found.map((l) => [l.a, l.b, l.direction])).toEqual([[0, 1, 'end-in-start']]);
  });

  it('does not link them where the specific side also calls for another specific measure', () => {
    const sideClause = ask('rec:b:1', 'doc:b', [
      [
        ['measure:research', 'measure:disaggregated-data'],
        'monitor courts, with figures by gender and inquiry',
      ],
    ]);
    expect(askOverlaps([general, sideClause, ...filler], options)).toEqual([]);
  });

  it('does not link two specific asks of the measure that share no wording', () => {
    const one = ask('rec:a:1', 'doc:a', [
      [['measure:research'], 'investigate disparities in conviction rates'],
    ]);
    const two = ask('rec:b:1', 'doc:b', [
      [['measure:research'], 'inquire into connections with other violence'],
    ]);
    expect(askOverlaps([one, two, ...filler], options)).toEqual([]);
  });

  it('does not link two specific asks on different subjects of the measure, even in shared words', () => {
    const words = 'undertake further research with relevant research bodies to guide policy';
    const one = ask('rec:a:1', 'doc:a', [[['measure:research'], `${words} on migration`, false, ['0.0']]]);
    const two = ask('rec:b:1', 'doc:b', [
      [['measure:research'], `${words} on conviction rates`, false, ['0.1']],
    ]);
    expect(askOverlaps([one, two, ...filler], options)).toEqual([]);
    const same = ask('rec:b:1', 'doc:b', [[['measure:research'], `${words} on migrants`, false, ['0.0']]]);
    expect(askOverlaps([one, same, ...filler], options)).toHaveLength(1);
  });
});
