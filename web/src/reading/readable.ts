/** Id prefixes (ONTOLOGY.md) of the concepts that have a reading list: documents, root causes, actors, obligations, instruments. */
const READABLE_PREFIXES = ['doc:', 'cause:', 'actor:', 'obl:', 'inst:'];

export const isReadable = (id: string): boolean => READABLE_PREFIXES.some((p) => id.startsWith(p));
