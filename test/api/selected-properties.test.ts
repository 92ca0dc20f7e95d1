// The API asks the store for only the node properties a query reads (graphql/selected-properties.ts).
// For every field of every node type, the answer must be the one a store giving every property gives:
// a resolver reading a property the selection left out would answer null or a wrong value here.
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema';
import type { GraphStore } from '../../server/src/store/graph-store';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

const schema = createSchema();

/** Every field of `type` with no required argument: leaves as they are, objects by their id. */
function everyField(type: GraphQLObjectType): string[] {
  const out: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) continue;
    // by name, not graphql's type guards: the schema comes from the server's copy of graphql
    const named = schema.getType(f.type.toString().replace(/[[\]!]/g, ''));
    if (named === undefined || named === null) continue;
    if (!('getFields' in named)) out.push(f.name);
    else if (!('resolveType' in named)) {
      const sub = (named as GraphQLObjectType).getFields();
      if ('id' in sub) out.push(`${f.name} { id }`);
      else if ('node' in sub) out.push(`${f.name} { node { id } }`);
    }
  }
  return out;
}

const of = (name: string) => everyField(schema.getType(name) as GraphQLObjectType);

/** The same store, asked for every property whatever the API selects. */
function allProperties(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'neighbourhood' && key !== 'obligationChains') return value;
      return (query: { properties?: unknown }) => {
        const { properties: _dropped, ...rest } = query;
        return (value as (q: unknown) => unknown).call(target, rest);
      };
    },
  });
}

describe('node properties selected by the API', () => {
  let selecting: Api;
  let everything: Api;
  beforeAll(async () => {
    const store = new MemoryGraphStore(miniBundle());
    selecting = await startApi(store);
    everything = await startApi(allProperties(store));
  });
  afterAll(async () => {
    await selecting.close();
    await everything.close();
  });

  const same = async (query: string, variables: Record<string, unknown>) => {
    const [a, b] = await Promise.all([selecting.data(query, variables), everything.data(query, variables)]);
    expect(a).toEqual(b);
  };

  it('answers chains the same whichever single field of their nodes a query selects', async () => {
    const ends = {
      instrument: 'Instrument',
      obligation: 'Obligation',
      recommendation: 'Recommendation',
      actor: 'Actor',
      rootCause: 'RootCause',
    };
    for (const [end, type] of Object.entries(ends))
      for (const field of of(type)) {
        const query = `query($i: ID) { obligationChains(instrument: $i, first: 100) { ${end} { ${field} } } }`;
        await same(query, { i: 'inst:trafficking-protocol' });
      }
  });

  it('answers a neighbourhood the same with or without the properties field, through fragments', async () => {
    for (const nodes of ['id label name', 'id ...N', 'id ... on GraphNode { name properties }']) {
      const query = `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { nodes { ${nodes} } edges { id } } }
        fragment N on GraphNode { label name }`;
      const used = nodes.includes('...N') ? query : query.replace(/fragment N[^}]*}/, '');
      await same(used, { id: 'obl:prevent' });
    }
  });
});
