// Public API of @atlas/server: the HTTP app and its pieces, and the stores.
export { type AppOptions, type AtlasApp, createApp } from './http/app';
export { type ServerConfig, serverConfig } from './http/server-config';
export { graphmlId, toGraphML } from './export/graphml';
export { csvCell, toLinksCSV } from './export/links-csv';
export { API_ERROR_CODES, type ApiErrorCode } from './graphql/errors';
export { API_LIMITS } from './graphql/limits';
export { createSchema, typeDefs } from './graphql/schema';
export * from './store/index';
