// Serves the built explorer (web/dist) when it exists, with the SPA fallback to index.html for GET
// requests outside the API's own routes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

const API_PREFIXES = ['/graphql', '/graphiql', '/export', '/health'];

export function webRoutes(webDist: string | undefined): Router | null {
  if (webDist === undefined || !existsSync(join(webDist, 'index.html'))) return null;
  const router = Router();
  router.use(express.static(webDist, { index: 'index.html' }));
  router.get(/.*/, (req, res, next) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    res.sendFile(join(webDist, 'index.html'));
  });
  return router;
}
