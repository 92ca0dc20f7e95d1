// Public face `@atlas/server`: the HTTP app (GraphQL API, exports, explorer) over a GraphStore, as
// main.ts and the bench start it. The stores are `@atlas/server/store`, the contract alone
// `@atlas/server/contract`, the Neo4j loader `@atlas/server/load`.
// First: the server runs as in production unless told otherwise (libraries read NODE_ENV as they load).
import './http/node-env';

export { type AppOptions, type AtlasApp, createApp } from './http/app';
export { type ServerConfig, serverConfig } from './http/server-config';
export { API_ERROR_CODES, type ApiErrorCode } from './graphql/errors';
export { API_LIMITS } from './graphql/limits';
