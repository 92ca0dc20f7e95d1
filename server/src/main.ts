// Starts Obligation Atlas: the store from configuration (Neo4j when NEO4J_URI is set, else the
// embedded store from a bundle file or built from the vendored corpus), then the HTTP server.
//   tsx server/src/main.ts [--port 4000] [--host 127.0.0.1] [--bundle graph.json] [--cors http://localhost:5173]
// First: NODE_ENV must be settled before the libraries below load.
import './http/node-env';
import { createServer } from 'node:http';
import { pino } from 'pino';
import { storeConfig } from './config';
import { ConfigError } from './env';
import { createApp } from './http/app';
import { serverConfig } from './http/server-config';
import { API_LIMITS } from './graphql/limits';
import { createGraphStore } from './store/index';

async function main(): Promise<void> {
  const config = serverConfig(process.argv.slice(2));
  const logger = pino({ level: config.logLevel });
  const stores = storeConfig({ ...process.env, ...(config.bundle ? { GRAPH_BUNDLE: config.bundle } : {}) });
  const started = Date.now();
  const store = await createGraphStore(stores);
  logger.info({ store: store.kind, health: await store.health(), ms: Date.now() - started }, 'store ready');

  const { app, stop } = await createApp({
    store,
    logger,
    development: config.development,
    corsOrigins: config.corsOrigins,
    webDist: config.webDist,
  });
  // A slow client gets 408 after a few seconds: it must send its headers and its body within these
  // (the time to answer is bounded by the GraphQL time budget, not by these). Node checks them only
  // every `connectionsCheckingInterval` (30 s by default), so that is set to a second.
  const server = createServer(
    {
      headersTimeout: API_LIMITS.headersTimeoutMs,
      requestTimeout: API_LIMITS.requestTimeoutMs,
      connectionsCheckingInterval: API_LIMITS.connectionsCheckMs,
    },
    app,
  );
  server.listen(config.port, config.host, () => {
    logger.info(
      { url: `http://${config.host}:${config.port}`, graphql: '/graphql', graphiql: '/graphiql' },
      'listening',
    );
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 10_000).unref();
    server.close();
    server.closeIdleConnections();
    await stop();
    await store.close();
    clearTimeout(forced);
    logger.info('stopped');
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // a bad setting is the operator's to fix: one line naming it, no stack
  if (error instanceof ConfigError) console.error(`obligation-atlas: ${error.message}`);
  else pino().fatal({ err: error }, 'failed to start');
  process.exit(1);
});
