// One neo4j-driver Driver per store, created lazily and kept: the driver reconnects by itself when the
// database comes back, so nothing is cached that could go stale. Reads run as auto-commit queries on one
// session against one graph version; driver errors become StoreErrors here and nowhere else.
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreError } from '../store-error';
import { type At, currentVersion, type Query } from './cypher';
import { OutageGate } from './outage-gate';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /**
   * Name of the graph inside the database (default `graph`): several graphs can live side by side in
   * one Neo4j (Community has a single user database), e.g. for test files running in parallel.
   */
  graph?: string;
}

const GRAPH_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function graphName(s: Neo4jSettings): string {
  const name = s.graph ?? 'graph';
  if (!GRAPH_NAME.test(name)) throw new StoreError('INVALID_ARGUMENT', `bad graph name: ${name}`);
  return name;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
]);

const ACQUISITION_TIMEOUT = 'Connection acquisition timed out';

/** Driver and connection errors → UNAVAILABLE; anything else → INTERNAL (cause kept, message masked). */
export function translateError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General'))
  ) {
    return new StoreError('UNAVAILABLE', undefined, { cause: error });
  }
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security')) {
    return new StoreError('UNAVAILABLE', undefined, { cause: error });
  }
  // the pool's own timeout carries no code: every connection busy or the database not answering
  if (error instanceof Error && error.message.startsWith(ACQUISITION_TIMEOUT)) {
    return new StoreError('UNAVAILABLE', undefined, { cause: error });
  }
  return new StoreError('INTERNAL', undefined, { cause: error });
}

export function createDriver(s: Neo4jSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    disableLosslessIntegers: true,
    // bounded waits: a database that does not answer is reported in ~2 s (a refused connection at
    // once), not after the defaults' 30 s of connecting and 60 s of waiting for the pool
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 2_000,
    // the loader's write transactions retry transient errors for this long; reads do not retry
    maxTransactionRetryTime: 2_000,
  });
}

export type Reader = <T = Record<string, unknown>>(query: Query) => Promise<T[]>;

export class Neo4jConnection {
  readonly driver: Driver;
  private readonly graph: string;
  private readonly gate = new OutageGate();

  constructor(readonly settings: Neo4jSettings) {
    this.graph = graphName(settings);
    this.driver = createDriver(settings);
  }

  /** Runs `work` after looking up the current graph version `v` (-1 when none is loaded). */
  async read<T>(work: (run: Reader, v: number) => Promise<T>): Promise<T> {
    return this.readAt(async (run) => {
      const [meta] = await run<{ v: number | null }>(currentVersion(this.graph));
      return work(run, meta?.v ?? -1);
    });
  }

  /**
   * Runs `work` on one session; `at` names the published version, for the first query to look up
   * itself (cypher.ts `At`), saving the round trip of a separate lookup. Each query is an auto-commit
   * read: a read transaction would add a BEGIN and a COMMIT round trip and isolate nothing more
   * (Neo4j reads are read-committed), since every query pins the version it reads.
   */
  async readAt<T>(work: (run: Reader, at: At) => Promise<T>): Promise<T> {
    const admission = this.gate.admit();
    if (admission === null) throw new StoreError('UNAVAILABLE', 'the database is unreachable');
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      database: this.settings.database,
    });
    const run: Reader = async <R>(query: Query) => {
      const result = await session.run(query.text, query.params);
      return result.records.map((r) => r.toObject() as R);
    };
    try {
      const answer = await work(run, { kind: 'published', graph: this.graph });
      this.gate.succeeded();
      return answer;
    } catch (error) {
      const translated = translateError(error);
      if (translated.code === 'UNAVAILABLE') this.gate.failed(admission);
      else this.gate.succeeded();
      throw translated;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The graph name this connection reads. */
  get graphKey(): string {
    return this.graph;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
