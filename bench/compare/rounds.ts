// Interleaved rounds: every round asks each contender the same fixed number of sequential requests (no
// concurrency), after a warm-up. Within a round the contenders take turns request by request, in an
// order rotated at every turn, so whatever else the machine is doing at a moment weighs on all of them
// alike: the ratio of two contenders' mean times in one round is far steadier than either time, and
// steadier than with each contender's requests in one block. The report takes the median of the ratios.
import type { Contender } from './questions';

export interface RoundPlan {
  rounds: number;
  /** Sequential requests per contender and round, cycling through its bodies. */
  requests: number;
  /** Requests per contender before the first round (JIT, plan caches, connection pools). */
  warmup: number;
}

export interface Target {
  url: string;
  bodies: readonly string[];
}

export interface RoundsResult {
  /** Per round, each contender's mean ms per request. */
  meanMs: Array<Record<Contender, number>>;
  /** Per round, the order the contenders were asked in at its first turn (rotated at every turn). */
  order: Contender[][];
  /** Failed requests (transport error, non-200 status, or GraphQL `errors`), per contender. */
  errors: Record<Contender, number>;
}

/** One request, timed to the last byte of its answer; the answer's text with it. */
export async function timedPost(
  url: string,
  body: string,
): Promise<{ ms: number; ok: boolean; text: string }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    return { ms: performance.now() - t0, ok: res.status === 200 && !text.startsWith('{"errors"'), text };
  } catch (error) {
    return { ms: performance.now() - t0, ok: false, text: String(error) };
  }
}

async function slot(target: Target, requests: number): Promise<{ totalMs: number; errors: number }> {
  let totalMs = 0;
  let errors = 0;
  for (let i = 0; i < requests; i++) {
    const r = await timedPost(target.url, target.bodies[i % target.bodies.length] as string);
    totalMs += r.ms;
    if (!r.ok) errors++;
  }
  return { totalMs, errors };
}

const rotate = <T>(xs: readonly T[], k: number): T[] => xs.map((_, i) => xs[(i + k) % xs.length] as T);

export async function interleavedRounds(
  targets: Readonly<Record<Contender, Target>>,
  plan: RoundPlan,
): Promise<RoundsResult> {
  const contenders = Object.keys(targets) as Contender[];
  for (const c of contenders) await slot(targets[c], plan.warmup);
  const errors = Object.fromEntries(contenders.map((c) => [c, 0])) as Record<Contender, number>;
  const meanMs: RoundsResult['meanMs'] = [];
  const order: Contender[][] = [];
  let turn = 0;
  for (let round = 0; round < plan.rounds; round++) {
    const totals = Object.fromEntries(contenders.map((c) => [c, 0])) as Record<Contender, number>;
    for (let i = 0; i < plan.requests; i++) {
      for (const c of rotate(contenders, turn++)) {
        const t = targets[c];
        const r = await timedPost(t.url, t.bodies[i % t.bodies.length] as string);
        totals[c] += r.ms;
        if (!r.ok) errors[c] += 1;
      }
    }
    const means = {} as Record<Contender, number>;
    for (const c of contenders) means[c] = Math.round((totals[c] / plan.requests) * 100) / 100;
    meanMs.push(means);
    order.push(rotate(contenders, round));
  }
  return { meanMs, order, errors };
}
