import type { ChainsQuery } from '../api/generated/graphql';

export interface ChainEnd {
  id: string;
  name: string;
}

/** One obligation chain as the API returns it (the Chains document). */
export type Chain = NonNullable<ChainsQuery['obligationChains']>[number];
