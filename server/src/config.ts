// Server configuration from the environment. With NEO4J_URI unset (or empty) the server uses the
// embedded store.
import { z } from 'zod';
import { parseEnv } from './env';

export type StoreConfig =
  | { kind: 'memory'; bundlePath: string | null }
  | { kind: 'neo4j'; uri: string; user: string; password: string; database?: string; graph?: string };

const env = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/)
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Name of the graph inside the database (default `graph`); tests use their own. */
  NEO4J_GRAPH: z.string().min(1).optional(),
  /** A graph bundle file for the embedded store; without it the bundle is built from the corpus. */
  GRAPH_BUNDLE: z.string().min(1).optional(),
});

export function storeConfig(source: NodeJS.ProcessEnv = process.env): StoreConfig {
  const e = parseEnv(env, source, {
    NEO4J_URI:
      'a bolt:// or neo4j:// URL (bolt+s, neo4j+s … too), e.g. bolt://127.0.0.1:7687; leave it empty for the embedded store',
  });
  if (e.NEO4J_URI === undefined) return { kind: 'memory', bundlePath: e.GRAPH_BUNDLE ?? null };
  return {
    kind: 'neo4j',
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    ...(e.NEO4J_DATABASE === undefined ? {} : { database: e.NEO4J_DATABASE }),
    ...(e.NEO4J_GRAPH === undefined ? {} : { graph: e.NEO4J_GRAPH }),
  };
}
