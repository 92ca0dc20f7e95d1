// The embedded store's full-text index, compact enough for ×100 corpora: every distinct token is
// stored once (sorted, its position is its id), each node's weighted fields are one typed array of
// token ids, and postings list node ids per token. A query term is then a range of token ids (the tokens it
// is a prefix of), so matching and scoring compare integers. String arrays per node were most of the
// store's heap at ×100 (bench/results/2026-12-03-design-figures.md).
// Matching and scores are those of contract/text-search.ts (tokenize, scoreTokens), bit for bit.
import { fieldTokens } from '../contract/text-search';
import type { Properties } from '../graph-store';

/**
 * A node's weighted fields (as contract/text-search.ts fieldTokens lists them), packed in one array
 * per node: for each field its weight, its token count n, then its n token ids. One array rather than
 * an object and an array per field: less heap per field, and there are many fields.
 */
export type PackedFields = Uint32Array;

export const NO_FIELDS: PackedFields = new Uint32Array(0);

export interface TextIndex {
  /** Distinct tokens, sorted by code units: a token's id is its position. */
  tokens: string[];
  /** token id → ids of the nodes having it, each node once. */
  postings: string[][];
  /** node id → its weighted fields. */
  fields: Map<string, PackedFields>;
}

/** Token ids [from, to) of the tokens `term` is a prefix of; `exact` when `term` itself is one. */
export interface TermRange {
  from: number;
  to: number;
  exact: boolean;
}

export function buildTextIndex(nodes: Iterable<{ id: string; properties: Properties }>): TextIndex {
  const provisional = new Map<string, number>();
  const fields = new Map<string, PackedFields>();
  for (const node of nodes) {
    const own = fieldTokens(node.properties);
    const packed = new Uint32Array(own.reduce((n, f) => n + 2 + f.tokens.length, 0));
    let at = 0;
    for (const { weight, tokens: words } of own) {
      packed[at++] = weight;
      packed[at++] = words.length;
      for (const w of words) {
        let id = provisional.get(w);
        if (id === undefined) {
          id = provisional.size;
          provisional.set(w, id);
        }
        packed[at++] = id;
      }
    }
    fields.set(node.id, packed);
  }
  const tokens = [...provisional.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const finalId = new Uint32Array(tokens.length);
  tokens.forEach((t, i) => {
    finalId[provisional.get(t) as number] = i;
  });
  const postings: string[][] = tokens.map(() => []);
  // lastNode[t] is the last node listed under t, so each node is listed once per token
  const lastNode: Array<string | undefined> = new Array(tokens.length);
  for (const [id, packed] of fields) {
    for (let at = 0; at < packed.length; ) {
      const end = at + 2 + (packed[at + 1] as number);
      for (at += 2; at < end; at++) {
        const t = finalId[packed[at] as number] as number;
        packed[at] = t;
        if (lastNode[t] !== id) {
          lastNode[t] = id;
          postings[t]?.push(id);
        }
      }
    }
  }
  return { tokens, postings, fields };
}

export function termRange(index: TextIndex, term: string): TermRange {
  const { tokens } = index;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && (tokens[to] as string).startsWith(term)) to++;
  return { from: lo, to, exact: tokens[lo] === term };
}

/** Ids of nodes having a token in `range`. */
export function idsInRange(index: TextIndex, range: TermRange): Set<string> {
  const out = new Set<string>();
  for (let t = range.from; t < range.to; t++) for (const id of index.postings[t] ?? []) out.add(id);
  return out;
}

/** Ids of nodes matching every term: each term is a prefix of one of their tokens. */
export function textMatches(index: TextIndex, ranges: readonly TermRange[]): Set<string> {
  let result: Set<string> | null = null;
  for (const range of ranges) {
    const ids = idsInRange(index, range);
    const previous: Set<string> | null = result;
    const next: Set<string> = previous === null ? ids : new Set([...previous].filter((id) => ids.has(id)));
    result = next;
    if (next.size === 0) break;
  }
  return result ?? new Set<string>();
}

/** contract/text-search.ts scoreTokens over token ids: same arithmetic in the same order. */
export function scoreFields(ranges: readonly TermRange[], fields: PackedFields): number {
  let total = 0;
  for (const { from, to, exact } of ranges) {
    for (let at = 0; at < fields.length; ) {
      const weight = fields[at] as number;
      const length = fields[at + 1] as number;
      const end = at + 2 + length;
      let hits = 0;
      for (at += 2; at < end; at++) {
        const t = fields[at] as number;
        if (t >= from && t < to) hits += exact && t === from ? 2 : 1;
      }
      if (hits > 0) total += (weight * Math.log2(1 + hits)) / Math.log2(2 + length);
    }
  }
  const mean = total / ranges.length;
  return Math.round((mean / (1 + mean)) * 1e6) / 1e6;
}
