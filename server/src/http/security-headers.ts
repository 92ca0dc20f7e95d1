// Security headers on every route, by helmet: nosniff, a Content-Security-Policy that lets pages
// load scripts, styles, fonts and data from this server only and be framed by no one
// (frame-ancestors 'none'), no referrer across origins. GraphiQL and the explorer load nothing from
// elsewhere; styles may be inline (GraphiQL's editor and Cytoscape set element styles). No HSTS and
// no upgrade-insecure-requests: the server speaks plain HTTP on loopback, TLS is a proxy's concern.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const helmetPolicy = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    // Cross-origin clients allowed by CORS read the API; their requests are not no-cors loads.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });

/**
 * The headers helmet writes, computed once: no directive above depends on the request, so helmet's
 * chain of middlewares need not run again per request to write the same headers. Helmet stays the
 * source of what is sent; this only replays it.
 */
export function securityHeaders(): RequestHandler {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => set.set(name, String(value)),
    removeHeader: (name: string) => removed.push(name),
  };
  helmetPolicy()({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err;
  });
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    res.setHeaders(set);
    next();
  };
}
