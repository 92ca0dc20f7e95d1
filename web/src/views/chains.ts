import type { RelationshipType } from '../api/types';

export interface ChainEnd {
  id: string;
  name: string;
}

/** One obligation chain as the API returns it (CHAINS in api/queries.ts). */
export interface Chain {
  article: string | null;
  instrument: ChainEnd & { shortName: string | null };
  obligation: ChainEnd;
  recommendation: ChainEnd & {
    ref: string;
    force: string;
    text: string;
    document: { id: string; name: string; symbol: string };
  };
  actor: ChainEnd;
  rootCause: ChainEnd | null;
  steps: {
    type: RelationshipType;
    from: string;
    to: string;
    method: string;
    evidence: { id: string; ref: string; document: { symbol: string } }[];
  }[];
}
