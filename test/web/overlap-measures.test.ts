import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MEASURE_CLUSTER, SIMILAR_BETWEEN } from '../../web/src/api/queries';
import {
  groupByMeasure,
  highlight,
  itemsPerDocument,
  type SimilarPair,
  shareInCommon,
} from '../../web/src/views/overlap';

const side = (id: string) => ({
  id,
  ref: id,
  text: id,
  force: 'should',
  addressees: [],
  provisionId: `prov:${id}`,
  lead: null,
});
const pair = (a: string, b: string, measures: string[]): SimilarPair => ({
  a: side(a),
  b: side(b),
  score: 0.5,
  method: 'similarity',
  measures: measures.map((m) => ({ id: `measure:${m}`, name: m })),
  spans: [],
  phrases: [],
  direction: 'PARTIAL',
});

describe('overlap cell, by measure', () => {
  it('groups pairs under every measure they share, largest group first, pairs without a measure last', () => {
    const groups = groupByMeasure([
      pair('a1', 'b1', ['shelters']),
      pair('a2', 'b2', ['non-punishment', 'shelters']),
      pair('a3', 'b3', []),
    ]);
    expect(groups.map((g) => [g.measure?.id ?? null, g.pairs.map((p) => p.a.id)])).toEqual([
      ['measure:shelters', ['a1', 'a2']],
      ['measure:non-punishment', ['a2']],
      [null, ['a3']],
    ]);
  });

  it('marks the matched asks of one provision, merging overlapping spans and ignoring other provisions', () => {
    const text = 'Provide shelters and legal aid to victims.';
    expect(
      highlight(text, 'prov:x:1', ['prov:x:1@8-16', 'prov:x:1@12-20', 'prov:y:2@0-5', 'prov:x:1@21-30']),
    ).toEqual([
      { text: 'Provide ', marked: false },
      { text: 'shelters and', marked: true },
      { text: ' ', marked: false },
      { text: 'legal aid', marked: true },
      { text: ' to victims.', marked: false },
    ]);
    expect(highlight(text, 'prov:x:1', [])).toEqual([{ text, marked: false }]);
  });
});

describe('normalised heatmap', () => {
  it('gives the share of items in common, so a long document sharing everything is no darker than a short one', () => {
    expect(shareInCommon(20, 20, 20)).toBe(1);
    expect(shareInCommon(2, 2, 2)).toBe(1);
    expect(shareInCommon(5, 10, 10)).toBeCloseTo(5 / 15);
    expect(shareInCommon(0, 0, 0)).toBe(0);
  });

  it('counts the items each document has from the coverage rows', () => {
    const rows = [{ counts: [1, 0] }, { counts: [3, 2] }, { counts: [0, 0] }];
    expect(itemsPerDocument([{ id: 'doc:a' }, { id: 'doc:b' }], rows)).toEqual(
      new Map([
        ['doc:a', 2],
        ['doc:b', 1],
      ]),
    );
  });
});

describe('the overlap queries', () => {
  const schema = buildSchema(
    readFileSync(new URL('../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
  );
  it('ask only for fields the API schema has', () => {
    for (const query of [SIMILAR_BETWEEN, MEASURE_CLUSTER])
      expect(validate(schema, parse(query.toString())).map((e) => e.message)).toEqual([]);
  });
});
