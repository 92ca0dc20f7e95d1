// Downloads: the whole graph or a subgraph, as the bundle JSON or as GraphML.
//   /export/graph.json, /export/graph.graphml
//   /export/subgraph.json|graphml?ids=a,b,c            the subgraph induced by those nodes
//   /export/subgraph.json|graphml?around=id&depth=2&types=CITES,MENTIONS&limit=500   a neighbourhood
import { type Request, type Response, Router } from 'express';
import { toGraphML } from '../export/graphml';
import { API_LIMITS } from '../graphql/limits';
import type { GraphBundle, GraphStore, RelationshipType, Subgraph } from '../store/graph-store';
import { HttpError } from './http-error';

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

function send(res: Response, bundle: GraphBundle, format: 'json' | 'graphml', name: string): void {
  res.attachment(`${name}.${format}`);
  if (format === 'json') res.json(bundle);
  else res.type('application/graphml+xml').send(toGraphML(bundle));
}

export function exportRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/export/graph.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'json' && format !== 'graphml') throw new HttpError(404, 'NOT_FOUND', 'json or graphml');
    send(res, await store.exportBundle(), format, 'obligation-atlas');
  });
  router.get('/export/subgraph.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'json' && format !== 'graphml') throw new HttpError(404, 'NOT_FOUND', 'json or graphml');
    send(res, await subgraph(store, req.query), format, 'obligation-atlas-subgraph');
  });
  return router;
}
