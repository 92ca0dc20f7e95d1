// The markdown summary of each part, for bench/RESULTS.md: the figures, each target met or missed.
import type { CompareResults } from './compare/run';
import type { LoadResults } from './load/run';
import { mark, table } from './lib/report';
import type { ScaleResults } from './scale/run';

export function scaleMarkdown(s: ScaleResults): string[] {
  const out = [
    '## Scale',
    '',
    'graph-seed on generated corpora (bench/corpus-gen: ×N copies of the five documents, new ids and symbols):',
    '',
  ];
  out.push(
    ...table(
      [
        'corpus',
        'KB',
        'seconds',
        'KB/s',
        'peak RSS MB',
        'nodes',
        'relationships',
        'cost per KB vs ×1',
        'load avg',
      ],
      s.seed.map((r) => [
        `×${r.factor}`,
        r.kb,
        r.seconds,
        r.kbPerSecond,
        r.maxRssMb,
        r.nodes,
        r.relationships,
        r.factor === 1 ? 1 : (s.seedCostRatio[`x${r.factor}`] ?? '–'),
        r.loadAverage,
      ]),
    ),
  );
  const worst = Object.entries(s.stageGrowthExponent).sort((a, b) => b[1] - a[1]);
  out.push(
    '',
    `Stage growth exponents ×10 → ×30 (time ∝ size^k; 1 = linear, 2 = all pairs): ${worst.map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    'Cost per KB below 1 at ×10 means the fixed start-up (module load, JIT warm-up) dominates ×1.',
    `×100 seed: projected ${s.x100SeedProjectedSeconds} s; ×100 bundle ${s.x100Bundle}.` +
      (s.x100SeedCut
        ? ` Cut after ${s.x100SeedCut.afterSeconds} s having finished ${Object.keys(s.x100SeedCut.finishedStagesMs).join(', ')}.`
        : ''),
    '',
    `Memory store at ×100 (${s.memoryStore.nodes} nodes, ${s.memoryStore.relationships} relationships): start-up ${s.memoryStore.startupMs} ms (read + validate ${s.memoryStore.readMs} ms, build ${s.memoryStore.buildMs} ms), heap ${s.memoryStore.heapMb} MB, peak RSS ${s.memoryStore.maxRssMb} MB.`,
    '',
  );
  const n = s.neo4jLoad;
  if (n.skipped) out.push(`Neo4j load: skipped (${n.skipped}).`, '');
  else {
    out.push(
      ...table(
        [
          'Neo4j load',
          'nodes',
          'relationships',
          'nodes/s',
          'relationships/s',
          'total s',
          'target ≥ 30,000 rels/s',
        ],
        (['x1', 'x100'] as const).flatMap((k) => {
          const r = n[k];
          return r
            ? [
                [
                  `×${k.slice(1)}`,
                  r.nodes,
                  r.relationships,
                  r.nodesPerSecond,
                  r.relationshipsPerSecond,
                  r.totalSeconds,
                  k === 'x100' ? mark(r.relationshipsPerSecond >= 30_000) : '–',
                ],
              ]
            : [];
        }),
      ),
      '',
    );
  }
  return out;
}

export function loadMarkdown(l: LoadResults): string[] {
  const out = ['## GraphQL under load', '', `${l.method}. Latencies in ms.`, ''];
  const rows: Array<Array<string | number>> = [];
  for (const [store, scales] of Object.entries(l.perQuery)) {
    for (const [scale, queries] of Object.entries(scales)) {
      for (const [q, r] of Object.entries(queries)) {
        rows.push([
          store,
          `×${scale.slice(1)}`,
          q,
          r.p50,
          r.p95,
          r.p99,
          r.requestsPerSecond,
          r.errors + r.non2xx + r.graphqlErrors + r.timeouts,
          r.loadAverage,
        ]);
      }
    }
  }
  out.push(
    ...table(
      [
        'store',
        'scale',
        'query',
        'p50',
        'p95',
        'p99',
        'req/s',
        'errors',
        'clients',
        'busy after (ms)',
        'load avg',
      ],
      rows,
    ),
    '',
  );
  out.push(
    ...table(
      ['target (×1, memory store)', 'measured', 'target', ''],
      Object.entries(l.targets).map(([k, t]) => [k, t.value, t.target, mark(t.met)]),
    ),
    '',
  );
  return out;
}

export function compareMarkdown(c: CompareResults): string[] {
  const out = ['## Side by side with @neo4j/graphql', ''];
  if (c.skipped) return [...out, `Skipped: ${c.skipped}.`, ''];
  out.push(`${c.method}`, '');
  out.push(
    ...table(
      [
        'question',
        'ours p50 / p95 ms',
        '@neo4j/graphql p50 / p95 ms',
        'ratio of p95 ours/theirs',
        'errors ours / theirs',
      ],
      Object.entries(c.questions).map(([q, r]) => [
        q,
        `${r.ours.p50} / ${r.ours.p95}`,
        `${r.theirs.p50} / ${r.theirs.p95}`,
        r.ratio,
        `${r.ours.errors + r.ours.non2xx + r.ours.graphqlErrors} / ${r.theirs.errors + r.theirs.non2xx + r.theirs.graphqlErrors}`,
      ]),
    ),
    '',
  );
  return out;
}
