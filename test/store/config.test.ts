import { describe, expect, it } from 'vitest';
import { storeConfig } from '../../server/src/config';

describe('store configuration', () => {
  it('uses the embedded store when NEO4J_URI is unset', () => {
    expect(storeConfig({})).toEqual({ kind: 'memory', bundlePath: null });
    expect(storeConfig({ GRAPH_BUNDLE: 'g.json' })).toEqual({ kind: 'memory', bundlePath: 'g.json' });
  });

  it('uses Neo4j with the credentials from the environment when NEO4J_URI is set', () => {
    expect(storeConfig({ NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' })).toEqual({
      kind: 'neo4j',
      uri: 'bolt://h:7687',
      user: 'u',
      password: 'p',
    });
  });
});
