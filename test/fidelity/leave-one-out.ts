// Leave one document out: the rules are scored on each document's annotations as if that
// document had never been seen. The rules are hand-written, so "developed on the other four" is
// made true in code: before scoring document D, every obligation and root-cause rule whose reach
// in the corpus lies only inside D (a rule that could only have been written from D) is dropped
// from the catalogues, then the whole pipeline runs again and D's annotations are scored.
//   npm run fidelity            (dev annotations)
//   npm run fidelity -- blind   (another annotation file of test/fixtures/fidelity)
import { pathToFileURL } from 'node:url';
import { buildGraph, type Catalogues, readCatalogues, runPipeline } from '../../graph-seed/src';
import { canonicalBundle } from '../../graph-seed/src/bundle/canonical';
import { provisionTexts, reachOf, rulesOf, withoutRules } from './reach';
import {
  FIELDS,
  type FidelityReport,
  f1,
  type GoldItem,
  readFixtures,
  scoreBundle,
  type Tally,
} from './score';

export const SCORED = ['recommendation', ...FIELDS] as const;
export type Scored = (typeof SCORED)[number];

export interface FoldScore {
  document: string;
  items: number;
  /** Rules dropped because their reach lies only inside this document. */
  dropped: number;
  tallies: FidelityReport['tallies'];
}

export interface LeaveOneOut {
  folds: FoldScore[];
  /** Mean over documents of each field's F1 (a document with nothing to score in a field is left out). */
  mean: Record<Scored, number>;
  /** F1 of the pooled tallies of all folds. */
  pooled: Record<Scored, number>;
}

const empty = (t: Tally) => t.tp + t.fp + t.fn === 0;

/** Scores every document of `gold` with the rules only other documents could have led to. */
export async function leaveOneOut(
  gold: readonly GoldItem[],
  structure = readFixtures('dev.jsonl').structure,
) {
  const { state } = await buildGraph();
  const catalogues: Catalogues = await readCatalogues();
  const provisions = provisionTexts(state);
  const reach = reachOf(rulesOf(catalogues), provisions);
  const documents = [...new Set(gold.map((g) => g.doc))].sort();
  const folds: FoldScore[] = [];
  for (const doc of documents) {
    const own = reach.filter((r) => r.documents.length === 1 && r.documents[0] === `doc:${doc}`);
    const fresh = state.documents.map((d) => ({ meta: d.meta, raw: d.raw }));
    const run = runPipeline(fresh, withoutRules(catalogues, own));
    if (!run.graph) throw new Error('the pipeline produced no graph');
    const items = gold.filter((g) => g.doc === doc);
    const report = scoreBundle(canonicalBundle(run.graph), items, structure);
    folds.push({ document: doc, items: items.length, dropped: own.length, tallies: report.tallies });
  }
  const mean = {} as Record<Scored, number>;
  const pooled = {} as Record<Scored, number>;
  for (const field of SCORED) {
    const scored = folds.filter((f) => !empty(f.tallies[field]));
    mean[field] = scored.reduce((s, f) => s + f1(f.tallies[field]), 0) / Math.max(1, scored.length);
    const sum = folds.reduce(
      (t, f) => ({
        tp: t.tp + f.tallies[field].tp,
        fp: t.fp + f.tallies[field].fp,
        fn: t.fn + f.tallies[field].fn,
      }),
      { tp: 0, fp: 0, fn: 0 },
    );
    pooled[field] = f1(sum);
  }
  return { folds, mean, pooled } satisfies LeaveOneOut;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

/** The table README shows: one row per document, then the mean and the pooled score. */
export function formatLeaveOneOut(r: LeaveOneOut): string {
  const head = `${'document'.padEnd(16)} items dropped ${SCORED.map((f) => f.slice(0, 6).padStart(6)).join(' ')}`;
  const rows = r.folds.map(
    (f) =>
      `${f.document.padEnd(16)} ${String(f.items).padStart(5)} ${String(f.dropped).padStart(7)} ${SCORED.map(
        (k) => (empty(f.tallies[k]) ? '     -' : pct(f1(f.tallies[k]))),
      ).join(' ')}`,
  );
  const line = (name: string, v: Record<Scored, number>) =>
    `${name.padEnd(16)} ${''.padStart(5)} ${''.padStart(7)} ${SCORED.map((k) => pct(v[k])).join(' ')}`;
  return [head, ...rows, line('mean', r.mean), line('pooled', r.pooled)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = `${process.argv[2] ?? 'dev'}.jsonl`;
  const { gold, structure } = readFixtures(file);
  const t0 = performance.now();
  const r = await leaveOneOut(gold, structure);
  process.stdout.write(`leave one document out, ${file} (${gold.length} provisions), F1 %\n`);
  process.stdout.write(`${formatLeaveOneOut(r)}\n`);
  process.stderr.write(`(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
