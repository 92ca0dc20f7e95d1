// The security headers are helmet's, computed once: a response gets exactly the headers helmet's own
// middleware would write on it.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { helmetPolicy, securityHeaders } from '../../server/src/http/security-headers';

async function headersSentBy(middleware: RequestHandler): Promise<Record<string, string>> {
  // express's own X-Powered-By left on: helmet removes it, and so must the replay
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => res.send('ok'));
  const server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const headers = Object.fromEntries(res.headers);
    // the only headers that depend on the moment of the request or the body
    for (const name of ['date', 'etag', 'connection', 'keep-alive']) delete headers[name];
    return headers;
  } finally {
    server.close();
  }
}

describe('security headers', () => {
  let helmets: Record<string, string>;
  beforeAll(async () => {
    helmets = await headersSentBy(helmetPolicy());
  });

  it('writes the same headers, with the same values, as helmet does per request', async () => {
    expect(await headersSentBy(securityHeaders())).toEqual(helmets);
    expect(helmets).not.toHaveProperty('x-powered-by');
  });

  it('sends a Content-Security-Policy that frames nothing and loads scripts from this server only', () => {
    expect(helmets['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(helmets['content-security-policy']).toContain("script-src 'self'");
    expect(helmets['x-content-type-options']).toBe('nosniff');
  });
});
