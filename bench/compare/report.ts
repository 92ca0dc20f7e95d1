// The compare part in markdown: the interleaved-rounds table (ratios with their spread), the answers'
// equality and bytes, the concurrent table, and the summary rows with the issue's targets.
import { mark, table } from '../lib/report';
import { SPREAD_LIMIT } from '../lib/spread';
import { CONTENDERS, type QuestionName } from './questions';
import { COMPARED, type CompareResults, type QuestionReport } from './run';

/** The issue's targets for the ratios (ours/@neo4j/graphql and ours/floor). */
export const COMPARE_TARGETS = { ratioMedian: 0.8, ratioMaxBelow: 1, floorRatioMedian: 1.5 };

const range = (median: number, min: number, max: number) => `${median} (${min}–${max})`;

export const ratioMet = (r: QuestionReport): boolean =>
  r.ratioMedian <= COMPARE_TARGETS.ratioMedian && r.ratioMax < COMPARE_TARGETS.ratioMaxBelow;
export const floorMet = (r: QuestionReport): boolean =>
  r.floorRatioMedian <= COMPARE_TARGETS.floorRatioMedian;

const questions = (c: CompareResults): Array<[QuestionName, QuestionReport]> =>
  COMPARED.flatMap((q) => (c[q] ? [[q, c[q]] as [QuestionName, QuestionReport]] : []));

/** The lines a report prints for every ratio whose rounds disagree too much. */
export function tooWideLines(c: CompareResults): string[] {
  const out: string[] = [];
  for (const [q, r] of questions(c)) {
    if (r.ratioTooWide)
      out.push(`${q}, ours/@neo4j/graphql: spread too wide to conclude (max/min > ${SPREAD_LIMIT}).`);
    if (r.floorRatioTooWide)
      out.push(`${q}, ours/floor: spread too wide to conclude (max/min > ${SPREAD_LIMIT}).`);
  }
  return out;
}

export function compareMarkdown(c: CompareResults): string[] {
  const out = ['## Side by side with @neo4j/graphql and the floor', ''];
  if (c.skipped) return [...out, `Skipped: ${c.skipped}.`, ''];
  out.push(`${c.method}.`, '');
  const qs = questions(c);
  out.push(
    ...table(
      [
        'question',
        'ours / @neo4j/graphql, median (min–max)',
        `≤ ${COMPARE_TARGETS.ratioMedian}, max < 1`,
        'ours / floor',
        `≤ ${COMPARE_TARGETS.floorRatioMedian}`,
        'mean ms ours / theirs / floor (medians)',
        'rounds',
        'errors',
        'load avg',
      ],
      qs.map(([q, r]) => [
        q,
        range(r.ratioMedian, r.ratioMin, r.ratioMax),
        mark(ratioMet(r)),
        range(r.floorRatioMedian, r.floorRatioMin, r.floorRatioMax),
        mark(floorMet(r)),
        CONTENDERS.map((k) => r.meanMs[k].median).join(' / '),
        r.rounds,
        CONTENDERS.map((k) => r.errors[k]).join(' / '),
        r.loadAverage,
      ]),
    ),
    '',
    ...tooWideLines(c),
    '',
    'Equal answers (per question, all arguments): content = the same node ids and relationships (chains by their ends) as ours.',
    '',
    ...table(
      [
        'question',
        'bytes per answer ours / theirs / floor',
        'theirs: same content, bytes vs ours',
        'floor: same content, bytes vs ours',
      ],
      qs.map(([q, r]) => {
        const mean = (k: (typeof CONTENDERS)[number]) => {
          const xs = Object.values(r.bytes[k]);
          return Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
        };
        const eq = (e: QuestionReport['equal']['theirs']) =>
          `${e.sameContent ? 'yes' : `**no** (nodes ${e.nodes.join(' vs ')}, edges ${e.edges.join(' vs ')})`}, ×${e.bytesRatio}${e.sizesWithin10Percent ? '' : ' (differs by more than 10%: another JSON shape)'}`;
        return [q, CONTENDERS.map(mean).join(' / '), eq(r.equal.theirs), eq(r.equal.floor)];
      }),
    ),
    '',
    'Concurrent (second table): autocannon, 10 connections × 5 s per contender, ms.',
    '',
    ...table(
      ['question', 'contender', 'p50', 'p95', 'p99', 'req/s', 'errors', 'load avg'],
      qs.flatMap(([q, r]) =>
        CONTENDERS.map((k) => {
          const x = r.concurrent[k];
          return [
            q,
            k,
            x.p50,
            x.p95,
            x.p99,
            x.requestsPerSecond,
            x.errors + x.non2xx + x.graphqlErrors + x.timeouts,
            x.loadAverage,
          ];
        }),
      ),
    ),
    '',
  );
  return out;
}

/** The README summary's rows for the compare part. */
export function compareSummaryRows(c: CompareResults, when: string): Array<Array<string | number>> {
  return questions(c).flatMap(([q, r]) => [
    [
      `${q}: ours / @neo4j/graphql, ${r.rounds} interleaved rounds${when}`,
      range(r.ratioMedian, r.ratioMin, r.ratioMax) + (r.ratioTooWide ? ', spread too wide to conclude' : ''),
      `≤ ${COMPARE_TARGETS.ratioMedian}, max < 1`,
      mark(ratioMet(r)),
      r.loadAverage,
    ],
    [
      `${q}: ours / floor (one Cypher query)${when}`,
      range(r.floorRatioMedian, r.floorRatioMin, r.floorRatioMax) +
        (r.floorRatioTooWide ? ', spread too wide to conclude' : ''),
      `≤ ${COMPARE_TARGETS.floorRatioMedian}`,
      mark(floorMet(r)),
      '',
    ],
  ]);
}
