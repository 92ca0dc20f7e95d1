// Downloads: the whole graph or a subgraph, as the bundle JSON, as GraphML, or its links as CSV.
//   /export/graph.json, /export/graph.graphml, /export/graph.csv
//   /export/subgraph.json|graphml|csv?ids=a,b,c            the subgraph induced by those nodes
//   /export/subgraph.json|graphml|csv?around=id&depth=2&types=CITES,MENTIONS&limit=500   a neighbourhood
// The whole-graph files are computed once per published graph version (the store's health names
// it) and kept until another is published; every export takes a place in one bounded gate
// (`concurrency` at once, a short queue behind them, 503 beyond), so parallel downloads neither
// repeat the work nor hold the event loop in turn.
import { createHash } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import pLimit from 'p-limit';
import { toGraphMLYielding } from '../export/graphml';
import { toLinksCSV } from '../export/links-csv';
import { API_LIMITS } from '../graphql/limits';
import type { GraphBundle, GraphStore, RelationshipType, Subgraph } from '../store/graph-store';
import { HttpError } from './http-error';

type Format = 'json' | 'graphml' | 'csv';
const FORMATS: ReadonlySet<string> = new Set<Format>(['json', 'graphml', 'csv']);
const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const list = (value: unknown): string[] => {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
};

const int = (value: unknown, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new HttpError(400, 'BAD_USER_INPUT', 'depth and limit must be integers');
  return n;
};

const formatOf = (value: string | undefined): Format => {
  if (value === undefined || !FORMATS.has(value))
    throw new HttpError(404, 'NOT_FOUND', 'json, graphml or csv');
  return value as Format;
};

const subgraphBundle = (s: Subgraph): GraphBundle => ({
  format: 'graph-bundle',
  version: 1,
  nodes: s.nodes.map((n) => ({ id: n.id, labels: [n.label], properties: n.properties })),
  relationships: s.edges.map((e) => ({ type: e.type, start: e.start, end: e.end, properties: e.properties })),
});

async function subgraph(store: GraphStore, query: Request['query']): Promise<GraphBundle> {
  const ids = list(query.ids);
  if (query.around !== undefined) {
    const types = list(query.types) as RelationshipType[];
    const limit = int(query.limit, 500);
    if (limit > API_LIMITS.page.neighbourhood) throw new HttpError(400, 'BAD_USER_INPUT', 'limit too large');
    return subgraphBundle(
      await store.neighbourhood({
        id: String(query.around),
        depth: int(query.depth, 1),
        types: types.length > 0 ? types : undefined,
        limit,
      }),
    );
  }
  if (ids.length === 0) throw new HttpError(400, 'BAD_USER_INPUT', 'give ids=… or around=…');
  return store.exportBundle({ ids });
}

const render = async (bundle: GraphBundle, format: Format): Promise<string> => {
  switch (format) {
    case 'json':
      return JSON.stringify(bundle);
    case 'graphml':
      return toGraphMLYielding(bundle);
    case 'csv':
      return toLinksCSV(bundle);
  }
};

/** A whole-graph file as it is sent: encoded and tagged once, not again for every download. */
interface File {
  body: Buffer;
  etag: string;
}
const file = (text: string): File => {
  const body = Buffer.from(text);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
};

function send(res: Response, body: string | File, format: Format, name: string): void {
  res.attachment(`${name}.${format}`);
  res.type(CONTENT_TYPE[format]);
  if (typeof body === 'string') res.send(body);
  // Express leaves an ETag already set alone (no hashing per request)
  else res.set('ETag', body.etag).send(body.body);
}

export interface ExportOptions {
  concurrency: number;
  queue?: number;
}

export function exportRoutes(store: GraphStore, options: ExportOptions): Router {
  const router = Router();
  const gate = pLimit(options.concurrency);
  const queue = options.queue ?? API_LIMITS.exportQueue;
  const admit = <T>(work: () => Promise<T>): Promise<T> => {
    if (gate.pendingCount >= queue) {
      throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'too many exports under way: try again shortly');
    }
    return gate(work);
  };
  // One file per (graph version, format); a new version drops the old ones.
  let cachedVersion: number | null = null;
  const cache = new Map<Format, Promise<File>>();
  const whole = async (format: Format): Promise<File> => {
    const health = await store.health();
    if (health.status !== 'up') throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'the graph store is down');
    if (health.version !== cachedVersion) {
      cache.clear();
      cachedVersion = health.version;
    }
    let cached = cache.get(format);
    if (cached === undefined) {
      cached = admit(async () => file(await render(await store.exportBundle(), format)));
      cache.set(format, cached);
      cached.catch(() => cache.delete(format));
    }
    return cached;
  };

  router.get('/export/graph.:format', async (req, res) => {
    const format = formatOf(req.params.format);
    send(res, await whole(format), format, 'obligation-atlas');
  });
  router.get('/export/subgraph.:format', async (req, res) => {
    const format = formatOf(req.params.format);
    const body = await admit(async () => render(await subgraph(store, req.query), format));
    send(res, body, format, 'obligation-atlas-subgraph');
  });
  return router;
}
