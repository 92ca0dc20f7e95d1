// Apollo's cache of parsed and validated documents, bounded for hostile traffic. Through it, graphql-jit's
// compiled queries are bounded too: jit-executor.ts keeps a compilation exactly as long as its document.
//
// Apollo's default store admits every document that validates and keeps up to 30 MiB of document JSON,
// which on the heap is several times more (tokens, locations, the source text, the compiled code). A
// flood of one-off documents (aliases and literal arguments varied per request) filled it with entries
// never asked for again (measured by bench/reliability/hostile-child.ts; bench/results).
// This store admits a document on its second sighting: a one-off is parsed, validated, run and
// dropped; whatever a client asks twice is cached. The sightings and the documents are both LRUs with
// small budgets (lru-cache, the library Apollo's own InMemoryLRUCache wraps). `kept` tells the executor
// which documents are cached: only those are worth a graphql-jit compilation (jit-executor.ts).
import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { compiledBytes } from './compile-weight';

export interface DocumentCacheBudget {
  maxBytes: number;
  maxDocuments: number;
  sightings: number;
}

/** The explorer sends 11 distinct documents; GraphiQL users a few dozen more. */
export const DOCUMENT_CACHE: Readonly<DocumentCacheBudget> = {
  /**
   * Budget of the cached documents with their compilations: bytes of a document's JSON (as Apollo
   * measures it) plus what its graphql-jit compilations hold (compile-weight.ts). The explorer's
   * documents weigh about 3 MiB in all.
   */
  maxBytes: 4 * 2 ** 20,
  /** And at most this many. */
  maxDocuments: 256,
  /** How many first sightings are remembered (keys are two hex SHA-256 hashes, ~130 characters). */
  sightings: 2_000,
};

/** Bytes of a document's JSON (`loc` serialises as its offsets, not the source text). */
const jsonBytes = (document: DocumentNode): number => Buffer.byteLength(JSON.stringify(document), 'utf8');

export interface KeepingDocumentStore extends DocumentStore {
  /** Whether this document object is one the store keeps (handed out again for the same text). */
  kept(document: DocumentNode): boolean;
}

export function documentStore(budget: DocumentCacheBudget = DOCUMENT_CACHE): KeepingDocumentStore {
  const kept = new WeakSet<DocumentNode>();
  const documents = new LRUCache<string, DocumentNode>({
    max: budget.maxDocuments,
    maxSize: budget.maxBytes,
    sizeCalculation: (document) => Math.max(1, jsonBytes(document) + compiledBytes(document)),
    dispose: (document) => kept.delete(document),
  });
  const sighted = new LRUCache<string, true>({ max: budget.sightings });
  return {
    kept: (document) => kept.has(document),
    async get(key) {
      return documents.get(key);
    },
    // Apollo calls set only for a document that parsed and validated, after a get that missed.
    async set(key, document) {
      if (sighted.has(key)) {
        sighted.delete(key);
        documents.set(key, document);
        if (documents.get(key) === document) kept.add(document);
      } else {
        sighted.set(key, true);
      }
    },
    async delete(key) {
      sighted.delete(key);
      return documents.delete(key);
    },
  };
}
