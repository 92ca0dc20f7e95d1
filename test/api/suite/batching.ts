// No N+1: nested fields go through DataLoader, so the number of store calls of a nested query does not
// grow with the number of parents. Counted on the real store, wrapped to count its calls.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphBundle, GraphStore } from '../../../server/src/store/graph-store';
import type { OpenStore } from '../fixture';
import { type Api, startApi } from '../harness';

function counting(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let n = 0;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        n += 1;
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, calls: () => n, reset: () => (n = 0) };
}

const NESTED = `{ PARENTS {
  ... on Document { provisions { ref actors { node { name } evidence { ref } } cites { node { name } method }
    recommendations { addressees { node { name kind } } obligations { node { name } article } } } } } }`;

export function batchingTests(openStore: OpenStore, bundle: GraphBundle): void {
  let api: Api;
  let counter: ReturnType<typeof counting>;
  beforeAll(async () => {
    counter = counting(await openStore(bundle));
    api = await startApi(counter.store);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('makes the same number of store calls for a nested query over one document as over all of them', async () => {
    const all = bundle.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id);
    expect(all.length).toBeGreaterThan(1);
    counter.reset();
    await api.data(NESTED.replace('PARENTS', `nodes(ids: ${JSON.stringify(all.slice(0, 1))})`));
    const one = counter.calls();
    counter.reset();
    await api.data(NESTED.replace('PARENTS', `nodes(ids: ${JSON.stringify(all)})`));
    const many = counter.calls();
    // one call per level and loader: nodes, provisions, their actors/cites/recommendations, the links'
    // nodes (12). On a store that answers over a socket, a level whose parents' answers arrive in two
    // event-loop turns is dispatched as two batches, so a count may be a batch or two higher; what must
    // not happen is growth with the parents (all documents have hundreds of provisions, one has dozens).
    expect(many).toBeLessThanOrEqual(one + 2);
    expect(Math.max(one, many)).toBeLessThanOrEqual(14);
  });

  it("answers obligation chains and their steps' evidence with one store call", async () => {
    const chains = `{ obligationChains(first: 20) { obligation { id } steps { type evidence { id ref text } } } }`;
    counter.reset();
    const d = await api.data<{ obligationChains: Array<{ steps: Array<{ evidence: unknown[] }> }> }>(chains);
    expect(counter.calls()).toBe(1);
    expect(d.obligationChains.flatMap((c) => c.steps.flatMap((s) => s.evidence)).length).toBeGreaterThan(0);
    // two selections of evidence: neither is served the other's properties
    const both = await api.data<{
      obligationChains: Array<{
        steps: Array<{ evidence: Array<{ text: unknown }>; more: Array<{ name: unknown }> }>;
      }>;
    }>(chains.replace('evidence { id ref text }', 'evidence { id ref text } more: evidence { name }'));
    const steps = both.obligationChains.flatMap((c) => c.steps);
    expect(steps.flatMap((s) => s.evidence).every((p) => typeof p.text === 'string')).toBe(true);
    expect(steps.flatMap((s) => s.more).every((p) => typeof p.name === 'string')).toBe(true);
    expect(steps.flatMap((s) => s.more)).toHaveLength(steps.flatMap((s) => s.evidence).length);
  });
}
