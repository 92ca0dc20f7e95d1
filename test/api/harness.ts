// Starts the real HTTP app on 127.0.0.1 (ephemeral port) over a given store, and talks to it over HTTP.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { type AppOptions, createApp } from '../../server/src/http/app';
import type { GraphStore } from '../../server/src/store/graph-store';

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{
      message: string;
      path?: Array<string | number>;
      extensions?: { code?: string; [k: string]: unknown };
    }>;
  };
}

export interface Api {
  url: string;
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** data of a query that must succeed. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startApi(store: GraphStore, options: Partial<AppOptions> = {}): Promise<Api> {
  const { app, stop } = await createApp({ store, logger: pino({ level: 'silent' }), ...options });
  const server: Server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const query = async (q: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: q, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
  };
  return {
    url,
    query,
    async data<T>(q: string, variables?: Record<string, unknown>) {
      const res = await query(q, variables);
      if (res.body.errors !== undefined || res.status !== 200) {
        throw new Error(`query failed (${res.status}): ${JSON.stringify(res.body.errors)}`);
      }
      return res.body.data as T;
    },
    async close() {
      await stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
