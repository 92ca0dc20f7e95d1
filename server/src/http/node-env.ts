// Imported first by the server's entry points, before any library: with NODE_ENV unset the server
// runs as production (server-config.ts reads it the same way), and libraries read NODE_ENV once, when
// they load. graphql-js in particular replaces its plain `instanceof` checks with a slower cross-realm
// check outside production, on every field of every response (its cost: bench/results).
process.env.NODE_ENV ??= 'production';
