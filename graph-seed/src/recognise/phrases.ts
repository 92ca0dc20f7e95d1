import type { Method } from '../types';
import { execAll } from './lookbehind';
import { type FilteredRegex, mayMatch, Prefilter } from './prefilter';

/** A phrase found in a text: which node it names and where. */
export interface Hit {
  target: string;
  start: number;
  end: number;
  surface: string;
  method: Method;
}

/** One catalogue entry's ways of being named, compiled. */
export interface Matcher {
  target: string;
  regexes: FilteredRegex[];
  method: Method;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A catalogue alias as a regular expression source: whole words, any run of spaces between
 * words, the first letter of either case ("Member States" / "member States"), straight or curly
 * apostrophes, and a possessive after a final "s" ("States’"). The rest stays case-sensitive
 * so that "States" never matches "states of emergency".
 */
export function aliasSource(alias: string): string {
  const first = alias.charAt(0);
  const head =
    first.toLowerCase() !== first.toUpperCase()
      ? `[${first.toUpperCase()}${first.toLowerCase()}]`
      : escapeRe(first);
  const body = escapeRe(alias.slice(1)).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const possessive = alias.endsWith('s') ? "(?:['’](?![A-Za-z]))?" : '';
  // Word edges by lookaround rather than \b so aliases may start or end with punctuation ("UN-Women").
  return `(?<![\\p{L}\\p{N}])${head}${body}${possessive}(?![\\p{L}\\p{N}])`;
}

/**
 * Compiles aliases (literal) and patterns (regular expressions, case-sensitive) of one entry.
 * The entries of one catalogue share a `filter`, so a text is scanned once for all of them.
 */
export function compileMatcher(
  target: string,
  aliases: string[],
  patterns: string[],
  method: Method,
  filter: Prefilter = new Prefilter(false),
): Matcher {
  const sources = [...aliases.map(aliasSource), ...patterns];
  return { target, method, regexes: sources.map((s) => filter.compile(s, 'gu')) };
}

/** Every match of every matcher in the text, in text order (overlaps kept; see `dropNested`). */
export function findHits(text: string, matchers: readonly Matcher[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchers) {
    for (const f of m.regexes) {
      if (!mayMatch(f, text)) continue;
      for (const x of execAll(f, text)) {
        if (x[0].length === 0) continue;
        const start = x.index ?? 0;
        hits.push({ target: m.target, start, end: start + x[0].length, surface: x[0], method: m.method });
      }
    }
  }
  return sortHits(hits);
}

export const sortHits = <T extends Hit>(hits: T[]): T[] =>
  hits.sort((a, b) => a.start - b.start || b.end - a.end || (a.target < b.target ? -1 : 1));

/** True if `inner` lies within `outer` and is shorter. */
export const within = (inner: Hit, outer: Hit): boolean =>
  inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;

/**
 * Drops every hit that lies strictly inside another hit for which `shadows(outer, inner)` holds
 * ("companies" inside "technology companies" is not a second actor). Keeps the order of `hits`.
 * One sweep in (start, longest first) order, where every hit that holds another comes before it;
 * only hits still open (ending at or after the current start) are asked, so a long text of
 * side-by-side hits costs n log n, not n × n.
 */
export function dropNested<T extends Hit>(hits: T[], shadows: (outer: T, inner: T) => boolean): T[] {
  // A few hits (most provisions) are asked of each other directly: sooner than sorting them.
  if (hits.length <= 16)
    return hits.filter((h) => !hits.some((o) => o !== h && within(h, o) && shadows(o, h)));
  const dropped = new Set<T>();
  let open: T[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    open = open.filter((o) => o.end >= h.start);
    if (open.some((o) => o !== h && within(h, o) && shadows(o, h))) dropped.add(h);
    open.push(h);
  }
  return hits.filter((h) => !dropped.has(h));
}
