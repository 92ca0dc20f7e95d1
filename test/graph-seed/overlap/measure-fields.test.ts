import { describe, expect, it } from 'vitest';
import { askOverlaps, type RecommendationAsks } from '../../../graph-seed/src/overlap/ask-overlap';
import { measureCatalogueSchema } from '../../../graph-seed/src/catalogue/measures';
import { OVERLAP } from '../../../graph-seed/src/stages/overlap';

const covers = new Map([['root-causes', ['economic-empowerment', 'gender-equality']]]);
const options = {
  ...OVERLAP,
  broad: new Set(['root-causes', 'economic-empowerment', 'gender-equality']),
  covers,
};

/** A recommendation of one document, one measure list per ask. */
const rec = (
  id: string,
  documentId: string,
  asks: Array<[measures: string[], text: string]>,
): RecommendationAsks => ({
  id,
  documentId,
  hits: asks.map(([ms]) => ms.map((measure) => ({ measure, spans: [], instruments: [], lead: false }))),
  grams: asks.map(() => []),
  text: asks.map(([, t]) => t).join(' '),
  unitTexts: asks.map(([, t]) => t),
  links: [],
});

const support = rec('rec:a:1', 'doc:a', [
  [['economic-empowerment'], 'provide special economic and social support to disadvantaged groups of women'],
]);

// Filler recommendations give the TF-IDF weights a corpus to be rare in.
const filler = Array.from({ length: 20 }, (_, i) =>
  rec(`rec:f:${i}`, 'doc:f', [[[`other-${i}`], `unrelated wording number ${i} about topic ${i}`]]),
);

describe('a field that covers other measures', () => {
  it('links a recommendation wholly in the field to one whose principal ask is the field, the field side containing it', () => {
    const field = rec('rec:b:1', 'doc:b', [
      [
        ['root-causes', 'gender-equality'],
        'address the factors that make women vulnerable, gender discrimination among them',
      ],
    ]);
    const found = askOverlaps([support, field, ...filler], options);
    expect(found.map((l) => [l.a, l.b, l.direction, l.measures])).toEqual([
      [0, 1, 'start-in-end', ['root-causes']],
    ]);
  });

  it('does not link it to a recommendation that names the field in a side clause of other asks', () => {
    const campaigns = rec('rec:b:1', 'doc:b', [
      [['awareness', 'root-causes'], 'run information campaigns based on community risk factors'],
    ]);
    expect(askOverlaps([support, campaigns, ...filler], options)).toEqual([]);
  });

  it('does not link a recommendation that also asks for a measure outside the field', () => {
    const mixed = rec('rec:a:1', 'doc:a', [
      [['economic-empowerment'], 'provide economic support to women'],
      [['shelters'], 'fund shelters run by women’s organizations'],
    ]);
    const field = rec('rec:b:1', 'doc:b', [[['root-causes'], 'address the root causes of trafficking']]);
    expect(askOverlaps([mixed, field, ...filler], options)).toEqual([]);
  });

  it('is refused by the catalogue when it covers a measure the catalogue does not hold', () => {
    const entry = (id: string, covers: string[] = []) => ({
      id,
      name: id,
      group: 'prevention',
      description: id,
      phrases: [`\\b${id}\\b`],
      covers,
    });
    const parsed = measureCatalogueSchema.safeParse({
      verbs: { reduce: ['\\breduc\\w*'] },
      measures: [entry('root-causes', ['economic-empowerment']), entry('gender-equality')],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'root-causes covers unknown measure economic-empowerment',
    ]);
  });
});
