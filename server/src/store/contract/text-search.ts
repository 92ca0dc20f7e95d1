// Full-text matching and relevance, shared by both stores so that hits, order and scores are identical.
// Lucene's own scores depend on index statistics a memory store cannot reproduce, so neither store
// uses them: each node carries `searchTokens` (the tokens below, space-joined), Neo4j indexes that
// field with the whitespace analyzer (its tokens are exactly ours) and answers the candidate query;
// the memory store answers it from its own inverted index; both rank with `scoreNode` below.
// Hand-written because the matching must be bit-for-bit the same on both sides.
import type { Properties, Snippet } from '../graph-store';
import { invalidArgument } from '../store-error';

/** Properties searched, with their weight: names count more than running text. */
export const SEARCH_FIELDS = [
  ['name', 3],
  ['shortName', 3],
  ['title', 2],
  ['aliases', 2],
  ['text', 1],
] as const;

const MAX_TERMS = 16;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface Word {
  start: number;
  end: number;
  token: string;
}

/** Words of a text with their offsets; tokens folded (see `fold`). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const token = normalizeToken(m[0]);
    if (token.length > 0) out.push({ start: m.index, end: m.index + m[0].length, token });
  }
  return out;
}

const ASCII = /^[ -~]*$/;

/**
 * Text folded for matching: compatibility decomposition (the ligature `ﬃ` becomes `ffi`, `ﬁ` `fi`),
 * diacritics removed, lower case. Plain ASCII (nearly all words) skips the costly decomposition; the
 * result is the same.
 */
export const fold = (text: string): string =>
  ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const normalizeToken = fold;

export const tokenize = (text: string): string[] => words(text).map((w) => w.token);

function fieldTexts(properties: Properties, field: string): string[] {
  const value = properties[field];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The tokens a node is found by, space-joined: stored on Neo4j nodes and indexed by the memory store. */
export function searchTokens(properties: Properties): string {
  const tokens: string[] = [];
  for (const [field] of SEARCH_FIELDS) {
    for (const text of fieldTexts(properties, field)) tokens.push(...tokenize(text));
  }
  return tokens.join(' ');
}

/** Distinct query terms, in query order. INVALID_ARGUMENT when the text has no word. */
export function queryTerms(text: string): string[] {
  const terms = [...new Set(tokenize(text))];
  if (terms.length === 0) throw invalidArgument('search text has no words');
  if (terms.length > MAX_TERMS) throw invalidArgument(`at most ${MAX_TERMS} search terms`);
  return terms;
}

/** A node matches when every term is a prefix of one of its tokens. Lucene form of the same query. */
export const luceneQuery = (terms: readonly string[]): string => terms.map((t) => `+${t}*`).join(' ');

/** Lucene form of "any term is a prefix of one of its tokens". */
export const luceneAnyQuery = (terms: readonly string[]): string => terms.map((t) => `${t}*`).join(' ');

export function matchesAll(terms: readonly string[], tokens: readonly string[]): boolean {
  return terms.every((t) => tokens.some((token) => token.startsWith(t)));
}

export function matchesAny(terms: readonly string[], tokens: readonly string[]): boolean {
  return terms.some((t) => tokens.some((token) => token.startsWith(t)));
}

/** The words of a phrase, in order, repeats kept. INVALID_ARGUMENT as for `queryTerms`. */
export function phraseTerms(text: string): string[] {
  const terms = tokenize(text);
  if (terms.length === 0) throw invalidArgument('search text has no words');
  if (terms.length > MAX_TERMS) throw invalidArgument(`at most ${MAX_TERMS} search terms`);
  return terms;
}

/** Whether one searched field has the phrase's words in a row (each a prefix of its token, as in ALL). */
export function matchesPhrase(phrase: readonly string[], properties: Properties): boolean {
  for (const { tokens } of fieldTokens(properties)) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((t, k) => (tokens[i + k] as string).startsWith(t))) return true;
    }
  }
  return false;
}

export interface FieldTokens {
  weight: number;
  tokens: string[];
}

/** The weighted token lists `scoreTokens` reads; the memory store computes them once per node. */
export function fieldTokens(properties: Properties): FieldTokens[] {
  const fields: FieldTokens[] = [];
  for (const [field, weight] of SEARCH_FIELDS) {
    for (const text of fieldTexts(properties, field)) fields.push({ weight, tokens: tokenize(text) });
  }
  return fields;
}

/**
 * Relevance in (0, 1]: per term, weighted hits per field (whole-word hits count double a prefix hit),
 * damped by field length; averaged over terms and squashed. Rounded to 1e-6 so it prints stably.
 */
export function scoreTokens(terms: readonly string[], fields: readonly FieldTokens[]): number {
  let total = 0;
  for (const term of terms) {
    for (const { weight, tokens } of fields) {
      let hits = 0;
      for (const token of tokens) {
        if (token === term) hits += 2;
        else if (token.startsWith(term)) hits += 1;
      }
      if (hits > 0) total += (weight * Math.log2(1 + hits)) / Math.log2(2 + tokens.length);
    }
  }
  const mean = total / terms.length;
  return Math.round((mean / (1 + mean)) * 1e6) / 1e6;
}

export const scoreNode = (terms: readonly string[], properties: Properties): number =>
  scoreTokens(terms, fieldTokens(properties));

/**
 * One page of hits by score desc then id, after the hit `after` names (its id); only the page's hits
 * get their snippet. INVALID_ARGUMENT for a cursor naming no hit of this search.
 */
export function rankHits<N extends { id: string; properties: Properties }>(
  terms: readonly string[],
  scored: ReadonlyArray<{ node: N; score: number }>,
  first: number,
  after: string | null = null,
): { hits: Array<{ node: N; score: number; snippet: Snippet }>; totalCount: number; hasNextPage: boolean } {
  const ranked = [...scored].sort(
    (a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  let start = 0;
  if (after !== null) {
    const at = ranked.findIndex((h) => h.node.id === after);
    if (at < 0) throw invalidArgument('stale cursor: it names no hit of this search');
    start = at + 1;
  }
  return {
    hits: ranked
      .slice(start, start + first)
      .map((h) => ({ ...h, snippet: snippet(terms, h.node.properties) })),
    totalCount: ranked.length,
    hasNextPage: start + first < ranked.length,
  };
}

const SNIPPET_CHARS = 160;

/** Up to ~160 characters of the first field that matches, around the first hit, hits marked. */
export function snippet(terms: readonly string[], properties: Properties): Snippet {
  const fields = ['text', 'name', 'title', 'shortName', 'aliases'];
  for (const field of fields) {
    for (const text of fieldTexts(properties, field)) {
      const hits = words(text).filter((w) => terms.some((t) => w.token.startsWith(t)));
      const first = hits[0];
      if (first === undefined) continue;
      const from = Math.max(0, Math.min(first.start - 40, text.length - SNIPPET_CHARS));
      const to = Math.min(text.length, from + SNIPPET_CHARS);
      const highlights = hits
        .filter((h) => h.start >= from && h.end <= to)
        .map((h): [number, number] => [h.start - from, h.end - from]);
      return { text: text.slice(from, to), highlights };
    }
  }
  return { text: '', highlights: [] };
}
