// GET /export/graph-layout.json: the whole graph's positions and communities (WholeGraphLayout), so
// the explorer draws the whole graph without laying it out. Computing starts with the server (for
// graphs up to WARM_UP_NODES) and runs in a worker thread, so neither the start nor other requests wait for it.
import { Router } from 'express';
import { LayoutCache } from '../layout/layout-cache';
import { WHOLE_LAYOUT_PATH } from '../layout/whole-layout';
import type { GraphStore } from '../store/graph-store';
import { HttpError } from './http-error';

/**
 * Graphs up to this size are laid out as soon as the server starts. A larger one (a bundle ×100) is
 * laid out when first asked for: minutes of a core at start-up would weigh on every other answer.
 */
const WARM_UP_NODES = 20_000;

export function layoutRoute(store: GraphStore, warn: (error: unknown) => void): Router {
  const cache = new LayoutCache(store);
  // A store not up yet, or a failed layout, is computed again at the first request.
  store
    .health()
    .then((health) => (health.status === 'up' && health.nodes <= WARM_UP_NODES ? cache.get() : null))
    .catch(warn);
  const router = Router();
  router.get(WHOLE_LAYOUT_PATH, async (_req, res) => {
    const file = await cache.get();
    if (!file) throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'the graph store is down');
    res.type('application/json; charset=utf-8').set('ETag', file.etag).send(file.body);
  });
  return router;
}
