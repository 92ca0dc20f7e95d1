// The queries both stores must answer identically, for the store comparison tests. Derived from the
// bundle so that they run on the fixture and on the real corpus alike.
import type { GraphBundle } from '../../server/src/store/bundle';
import { compareStrings } from '../../server/src/store/contract/ordering';
import { OVERLAP_DIMENSIONS, type GraphStore } from '../../server/src/store/graph-store';
import { StoreError } from '../../server/src/store/store-error';

export type ContractQuery = [name: string, run: (store: GraphStore) => Promise<unknown>];

/** Errors compare by code, so a query expected to fail compares too. */
export const answer = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    return await p;
  } catch (error) {
    if (error instanceof StoreError) return { error: error.code };
    throw error;
  }
};

/** Every `step`-th id of a label, sorted: a spread of nodes without hard-coding any. */
function sample(bundle: GraphBundle, label: string, count: number): string[] {
  const ids = bundle.nodes
    .filter((n) => n.labels[0] === label)
    .map((n) => n.id)
    .sort(compareStrings);
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, i) => i % step === 0).slice(0, count);
}

function words(bundle: GraphBundle, count: number): string[] {
  const all = bundle.nodes
    .map((n) => n.properties.name)
    .filter((x): x is string => typeof x === 'string')
    .flatMap((name) => name.split(/\W+/))
    .filter((w) => w.length > 3);
  return [...new Set(all)].sort(compareStrings).slice(0, count);
}

export function contractQueries(bundle: GraphBundle): ContractQuery[] {
  const recs = sample(bundle, 'Recommendation', 6);
  const actors = sample(bundle, 'Actor', 4);
  const obligations = sample(bundle, 'Obligation', 4);
  const instruments = sample(bundle, 'Instrument', 4);
  const causes = sample(bundle, 'RootCause', 3);
  const docs = sample(bundle, 'Document', 5);
  const everyOne = [...recs, ...actors, ...obligations, ...instruments, ...causes, ...docs];
  const qs: ContractQuery[] = [
    ['stats', (s) => s.stats()],
    ['export', (s) => s.exportBundle()],
    ['nodes', (s) => s.nodes([...everyOne, 'nope:1'])],
    ['relationships both', (s) => s.relationships({ ids: everyOne, direction: 'both' })],
    [
      'relationships typed out',
      (s) => s.relationships({ ids: recs, direction: 'out', types: ['ADDRESSED_TO', 'IMPLEMENTS'] }),
    ],
    ['overlap sample', (s) => s.overlap({ dimension: 'actors', documents: docs.slice(0, 3) })],
    ['bad label', (s) => s.listNodes({ label: 'Nope' as never, first: 3 })],
    ['bad depth', (s) => s.neighbourhood({ id: recs[0] ?? '', depth: 9, limit: 5 })],
  ];
  for (const label of ['Document', 'Recommendation', 'Actor', 'Provision'] as const) {
    qs.push([`list ${label}`, (s) => s.listNodes({ label, first: 7 })]);
  }
  for (const actor of actors) {
    qs.push([
      `recommendations to ${actor}`,
      (s) =>
        s.listNodes({
          label: 'Recommendation',
          first: 20,
          filter: { related: [{ type: 'ADDRESSED_TO', direction: 'out', ids: [actor] }] },
        }),
    ]);
  }
  for (const w of words(bundle, 8)) {
    qs.push([`search ${w}`, (s) => s.search({ text: w, first: 25 })]);
    qs.push([`list text ${w}`, (s) => s.listNodes({ label: 'Provision', first: 10, filter: { text: w } })]);
  }
  for (const id of [...recs.slice(0, 3), ...actors.slice(0, 2), ...obligations.slice(0, 2)]) {
    qs.push([`neighbourhood 1 ${id}`, (s) => s.neighbourhood({ id, depth: 1, limit: 200 })]);
    qs.push([`neighbourhood 2 capped ${id}`, (s) => s.neighbourhood({ id, depth: 2, limit: 25 })]);
  }
  for (const [i, rec] of recs.entries()) {
    const target = instruments[i % Math.max(1, instruments.length)] ?? rec;
    qs.push([`paths ${rec} ${target}`, (s) => s.paths({ from: rec, to: target, maxLength: 3, first: 5 })]);
    qs.push([`similar ${rec}`, (s) => s.similarRecommendations({ id: rec, first: 10 })]);
  }
  for (const inst of instruments) {
    qs.push([`chains ${inst}`, (s) => s.obligationChains({ instrument: inst, first: 50 })]);
    qs.push([
      `chains ${inst} with their evidence`,
      (s) =>
        s.obligationChains({ instrument: inst, first: 50, properties: ['name'], evidence: ['ref', 'text'] }),
    ]);
    qs.push([
      `chains ${inst} with all of their evidence`,
      (s) => s.obligationChains({ instrument: inst, first: 5, evidence: 'all' }),
    ]);
  }
  for (const obl of obligations)
    qs.push([`chains ${obl}`, (s) => s.obligationChains({ obligation: obl, first: 50 })]);
  for (const cause of causes)
    qs.push([`chains ${cause}`, (s) => s.obligationChains({ rootCause: cause, first: 50 })]);
  qs.push(['recommendations in reading order', (s) => s.recommendations({ first: 1000 })]);
  for (const order of ['YEAR', 'FORCE', 'DOCUMENT'] as const)
    qs.push([`recommendations by ${order}`, (s) => s.recommendations({ first: 50, orderBy: [order] })]);
  for (const [i, actor] of actors.entries()) {
    const cause = causes[i % Math.max(1, causes.length)] ?? actor;
    const inst = instruments[i % Math.max(1, instruments.length)] ?? actor;
    qs.push([
      `recommendations where ${actor}`,
      (s) =>
        s.recommendations({
          first: 100,
          where: {
            OR: [
              { addressee: actor },
              { mentionedActor: actor },
              { AND: [{ rootCause: cause }, { NOT: { instrument: inst } }] },
              { legalBasis: inst },
            ],
          },
        }),
    ]);
  }
  qs.push([
    'recommendations unknown id',
    (s) => s.recommendations({ first: 5, where: { addressee: 'actor:nope' } }),
  ]);
  for (const groupBy of [
    ['DOCUMENT', 'ROOT_CAUSE'],
    ['ACTOR'],
    ['INSTRUMENT', 'FORCE', 'YEAR'],
    ['OBLIGATION'],
  ] as const)
    qs.push([
      `counts ${groupBy.join(' ')}`,
      (s) => s.recommendationCounts({ groupBy: [...groupBy], first: 10_000 }),
    ]);
  for (const w of words(bundle, 4)) {
    qs.push([`search any ${w}`, (s) => s.search({ text: `${w} women`, mode: 'any', first: 25 })]);
    qs.push([`search phrase ${w}`, (s) => s.search({ text: `${w} of`, mode: 'phrase', first: 25 })]);
    qs.push([`search miss ${w}`, (s) => s.search({ text: `${w.slice(0, -1)}q`, first: 5 })]);
  }
  for (const dimension of OVERLAP_DIMENSIONS) {
    qs.push([`overlap ${dimension}`, (s) => s.overlap({ dimension })]);
    qs.push([`coverage ${dimension}`, (s) => s.coverage({ dimension })]);
  }
  return qs;
}
