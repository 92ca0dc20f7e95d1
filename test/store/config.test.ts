import { describe, expect, it } from 'vitest';
import { storeConfig } from '../../server/src/config';
import { ConfigError } from '../../server/src/env';
import { serverConfig } from '../../server/src/http/server-config';

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

describe('configuration from the environment', () => {
  it('takes a variable set to the empty string as unset: NEO4J_URI= means the embedded store', () => {
    expect(storeConfig({ NEO4J_URI: '', GRAPH_BUNDLE: '' })).toEqual({ kind: 'memory', bundlePath: null });
    expect(serverConfig([], { PORT: '', HOST: '' })).toMatchObject({ port: 4000, host: '127.0.0.1' });
  });

  it('rejects a bad value with one line naming the variable and what it accepts', () => {
    expect(() => storeConfig({ NEO4J_URI: 'localhost:7687' })).toThrow(ConfigError);
    expect(() => storeConfig({ NEO4J_URI: 'localhost:7687' })).toThrow(
      /^NEO4J_URI="localhost:7687" is not valid: NEO4J_URI takes a bolt:\/\//,
    );
    expect(() => serverConfig([], { PORT: 'abc' })).toThrow(
      /^PORT="abc" is not valid: PORT takes an integer port/,
    );
    expect(() => serverConfig([], { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL takes one of fatal/);
  });
});
