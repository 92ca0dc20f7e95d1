// The HTTP application: GraphQL, health, exports, GraphiQL and the explorer, over one GraphStore.
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { createContext } from '../graphql/context';
import { API_LIMITS } from '../graphql/limits';
import type { GraphStore } from '../store/graph-store';
import { createApollo, type ApolloOptions } from './apollo';
import { exportRoutes } from './export-routes';
import { graphiqlRoutes } from './graphiql';
import { errorHandler, sendError } from './http-error';
import { layoutRoute } from './layout-route';
import { securityHeaders } from './security-headers';
import { webRoutes } from './web-static';

export interface AppOptions {
  store: GraphStore;
  logger: Logger;
  development?: boolean;
  /** Origins allowed by CORS; empty: same-origin only; ['*']: any. */
  corsOrigins?: string[];
  /** Built explorer to serve, if present. */
  webDist?: string;
  timeoutMs?: number;
  bodyBytes?: number;
  /** List items one GraphQL request may read (request-guard.ts). */
  maxListItems?: number;
  /** Whole-graph exports computed at once; more wait in a bounded queue (export-routes.ts). */
  exportConcurrency?: number;
  limits?: ApolloOptions['limits'];
}

export interface AtlasApp {
  app: Express;
  /** Stops Apollo; the caller closes the HTTP server and the store. */
  stop(): Promise<void>;
}

const corsOrigin = (origins: string[]): cors.CorsOptions['origin'] =>
  origins.includes('*') ? '*' : origins.length === 0 ? false : origins;

export async function createApp(options: AppOptions): Promise<AtlasApp> {
  const { store, logger } = options;
  const development = options.development ?? false;
  const timeoutMs = options.timeoutMs ?? API_LIMITS.timeoutMs;
  const apollo = createApollo({ logger, development, limits: options.limits });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(cors({ origin: corsOrigin(options.corsOrigins ?? []), maxAge: 600 }));

  app.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.status === 'up' ? 200 : 503).json(health);
  });
  // GraphQL in an app of its own, without ETags: Express would hash every answer (tens of KB) for a
  // header no POST is ever revalidated with (its cost on the bench mix: bench/results).
  const graphql = express();
  graphql.disable('x-powered-by');
  graphql.set('etag', false);
  graphql.use(
    express.json({ limit: options.bodyBytes ?? API_LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async () => createContext(store, timeoutMs, options.maxListItems ?? API_LIMITS.maxListItems),
    }),
  );
  app.use('/graphql', graphql);
  app.use(exportRoutes(store, { concurrency: options.exportConcurrency ?? API_LIMITS.exportConcurrency }));
  app.use(layoutRoute(store, (error) => logger.warn({ err: error }, 'whole-graph layout not ready')));
  app.use(graphiqlRoutes('/graphql'));
  const web = webRoutes(options.webDist);
  if (web) app.use(web);
  app.use((_req, res) => sendError(res, 404, 'NOT_FOUND', 'no such route'));
  app.use(errorHandler(logger, development));

  return { app, stop: () => apollo.stop() };
}
