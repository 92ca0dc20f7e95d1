import type { Mention } from '../types';
import { execAll } from './lookbehind';
import { type FilteredRegex, mayMatch, Prefilter } from './prefilter';
import { type Span, SpanIndex } from './span-index';

export type { Span } from './span-index';

/**
 * Recognition by meaning for catalogues of themes (root causes, obligations): each entry has
 * phrase patterns and negative patterns, regular expressions read case-insensitively. A pattern
 * match that overlaps a negative match is a look-alike ("conflict of laws" is not armed
 * conflict) and is dropped. Hand-written because the rule is small and the catalogues are data
 * a policy researcher edits; a general NLP library would not know these domain phrases.
 */
export interface MeaningEntry {
  id: string;
  patterns: readonly string[];
  negativePatterns: readonly string[];
}

export interface MeaningMatcher {
  target: string;
  positive: FilteredRegex[];
  negative: FilteredRegex[];
}

/** Compiles catalogue entries; `prefix` makes node ids (`cause:`, `obl:`). */
export function compileMeanings(entries: readonly MeaningEntry[], prefix: string): MeaningMatcher[] {
  // One filter for the whole catalogue: a text is scanned once for the literals of all patterns.
  const filter = new Prefilter(true);
  const compile = (sources: readonly string[]) => sources.map((s) => filter.compile(s, 'giu'));
  return entries.map((e) => ({
    target: `${prefix}${e.id}`,
    positive: compile(e.patterns),
    negative: compile(e.negativePatterns),
  }));
}

const spans = (text: string, res: readonly FilteredRegex[]): Span[] =>
  res.flatMap((f) =>
    mayMatch(f, text)
      ? [...execAll(f, text)]
          .filter((m) => m[0].length > 0)
          .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
      : [],
  );

// The same names are asked about for every entry of a catalogue: index them once per list.
const nameIndexes = new WeakMap<readonly Span[], SpanIndex>();

function nameIndex(names: readonly Span[]): SpanIndex {
  let index = nameIndexes.get(names);
  if (!index) {
    index = new SpanIndex(names);
    nameIndexes.set(names, index);
  }
  return index;
}

/**
 * Every match of one entry in the text, in text order, without look-alikes and without matches
 * inside `names` (spans of names of instruments or bodies: "Gender Equality" in the name of
 * UN-Women, "Migrant Workers" in a convention's title name no driver and no duty).
 */
export function matchMeaning(text: string, m: MeaningMatcher, names: readonly Span[] = []): Mention[] {
  const positives = spans(text, m.positive);
  if (positives.length === 0) return [];
  const negatives = new SpanIndex(spans(text, m.negative));
  const named = nameIndex(names);
  return positives
    .filter((s) => !negatives.overlaps(s) && !named.contains(s))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((s) => ({
      target: m.target,
      start: s.start,
      end: s.end,
      surface: text.slice(s.start, s.end),
      method: 'pattern',
    }));
}

/** One Mention per entry found in the text (its first match), in catalogue order. */
export function findMeanings(
  text: string,
  matchers: readonly MeaningMatcher[],
  names: readonly Span[] = [],
): Mention[] {
  return matchers.flatMap((m) => matchMeaning(text, m, names).slice(0, 1));
}

// A title quoted after "entitled": 'resolution 25/1, entitled “Preventing and combating …”'.
const QUOTED_TITLE = /\b(?:entitled|titled)\s+[“"][^”"]*[”"]/gu;

/**
 * Spans of names in a provision: every instrument mention, actor mentions long enough to be
 * proper names (a category such as "technology companies" is itself a phrase about the driver),
 * and, given the `text`, titles quoted after "entitled" (no catalogue holds the title of every
 * resolution or report: "Preventing …" there names a text, it calls for nothing).
 */
export function nameSpans(instruments: readonly Mention[], actors: readonly Mention[], text = ''): Span[] {
  const named = actors.filter((a) => a.start >= 0 && a.surface.split(/\s+/).length >= 4);
  const titles = [...text.matchAll(QUOTED_TITLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...[...instruments, ...named].filter((m) => m.start >= 0), ...titles];
}
