import { provisionsOf } from './products';
import type { DocumentState, ProvisionFacts } from './types';

/** Empty facts for a provision. */
export const noFacts = (): ProvisionFacts => ({ actors: [], instruments: [], causes: [], obligations: [] });

/**
 * Returns a copy of the document whose facts for every provision have `kind` set by `find`.
 * Each recogniser stage owns one kind of fact and leaves the others as they were.
 */
export function withFacts<K extends keyof ProvisionFacts>(
  doc: DocumentState,
  kind: K,
  find: (provision: NonNullable<DocumentState['provisions']>[number]) => ProvisionFacts[K],
): DocumentState {
  // the first recognise stage starts the map; the provisions must be there
  const facts = new Map(doc.facts ?? []);
  for (const p of provisionsOf(doc)) {
    const current = facts.get(p.id) ?? noFacts();
    facts.set(p.id, { ...current, [kind]: find(p) });
  }
  return { ...doc, facts };
}
