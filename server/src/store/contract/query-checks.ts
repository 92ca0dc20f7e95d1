// Checks of composite query arguments shared by both stores (simple ones live in validate.ts).
import type { NodeLabel } from '../bundle';
import type { NodeFilter, ObligationChainQuery, OverlapDimension } from '../graph-store';
import { invalidArgument } from '../store-error';
import { DIMENSION_LABEL } from './document-items';
import * as v from './validate';

export function checkDimension(value: string): OverlapDimension {
  if (!Object.hasOwn(DIMENSION_LABEL, value)) throw invalidArgument(`unknown dimension: ${value}`);
  return value as OverlapDimension;
}

export function checkFilter(filter: NodeFilter | undefined): NodeFilter {
  const f = filter ?? {};
  for (const key of Object.keys(f.properties ?? {})) v.checkPropertyKey(key);
  for (const rf of f.related ?? []) {
    v.checkType(rf.type);
    v.checkDirection(rf.direction);
    v.checkIds(rf.ids);
  }
  return f;
}

export type ChainPart = 'instrument' | 'obligation' | 'recommendation' | 'actor' | 'rootCause';

const CHAIN_LABEL: Record<ChainPart, NodeLabel> = {
  instrument: 'Instrument',
  obligation: 'Obligation',
  recommendation: 'Recommendation',
  actor: 'Actor',
  rootCause: 'RootCause',
};

/** The ids a chain query filters on, each with the label it must have. */
export const chainFilterIds = (query: ObligationChainQuery): Array<{ id: string; label: NodeLabel }> =>
  (Object.keys(CHAIN_LABEL) as ChainPart[]).flatMap((part) => {
    const id = query[part];
    return id === undefined ? [] : [{ id: v.checkId(id), label: CHAIN_LABEL[part] }];
  });

/** A predicate per chain part: true when the part is unfiltered or equals the asked id. */
export function chainPredicates(query: ObligationChainQuery): Record<ChainPart, (id: string) => boolean> {
  const out = {} as Record<ChainPart, (id: string) => boolean>;
  for (const part of Object.keys(CHAIN_LABEL) as ChainPart[]) {
    const id = query[part];
    out[part] = (x) => id === undefined || x === id;
  }
  return out;
}
