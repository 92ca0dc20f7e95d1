// Security headers on every route, by helmet: nosniff, a Content-Security-Policy that lets pages
// load scripts, styles, fonts and data from this server only and be framed by no one
// (frame-ancestors 'none'), no referrer across origins. GraphiQL and the explorer load nothing from
// elsewhere; styles may be inline (GraphiQL's editor and Cytoscape set element styles). No HSTS and
// no upgrade-insecure-requests: the server speaks plain HTTP on loopback, TLS is a proxy's concern.
import helmet from 'helmet';

export const securityHeaders = () =>
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
