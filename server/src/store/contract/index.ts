// Public face `@atlas/server/contract`: the one GraphStore contract both stores answer — the domain
// types, the error codes, the limits — with no store behind it, so the API, the bench and the
// explorer can name it without loading either store.
export type * from '../graph-store';
export { OVERLAP_DIMENSIONS } from '../graph-store';
export { isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from '../store-error';
export { LIMITS, OVERLAP_MAX_DOCUMENTS } from './limits';
export * from './normalise';
export { ContractStore, type StoreAnswers } from './contract-store';
