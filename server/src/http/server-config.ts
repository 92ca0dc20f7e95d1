// The HTTP server's configuration from flags and environment (flags win). The store's own settings
// (NEO4J_*, the bundle file) are read by the stores' config (server/src/config.ts).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseEnv } from '../env';

export interface ServerConfig {
  port: number;
  host: string;
  corsOrigins: string[];
  development: boolean;
  /** Bundle file for the embedded store (--bundle, ATLAS_BUNDLE or GRAPH_BUNDLE). */
  bundle: string | null;
  webDist: string;
  logLevel: string;
}

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CORS_ORIGINS: z.string().default(''),
  NODE_ENV: z.string().default('production'),
  ATLAS_BUNDLE: z.string().min(1).optional(),
  GRAPH_BUNDLE: z.string().min(1).optional(),
  WEB_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export function serverConfig(argv: string[], source: NodeJS.ProcessEnv = process.env): ServerConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      bundle: { type: 'string' },
      cors: { type: 'string' },
      'web-dist': { type: 'string' },
    },
    strict: true,
  });
  const e = parseEnv(
    env,
    { ...source, ...(values.port === undefined ? {} : { PORT: values.port }) },
    {
      PORT: 'an integer port in 0..65535 (0: any free port)',
      LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
    },
  );
  const cors = values.cors ?? e.CORS_ORIGINS;
  return {
    port: e.PORT,
    host: values.host ?? e.HOST,
    corsOrigins: cors
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    development: e.NODE_ENV === 'development',
    bundle: values.bundle ?? e.ATLAS_BUNDLE ?? e.GRAPH_BUNDLE ?? null,
    webDist: values['web-dist'] ?? e.WEB_DIST ?? new URL('../../../web/dist', import.meta.url).pathname,
    logLevel: e.LOG_LEVEL,
  };
}
