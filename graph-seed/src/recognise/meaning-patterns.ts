import type { FrameEntry } from '../catalogue';
import type { Role } from '../nlp/clause-frames';
import type { Mention } from '../types';
import { type CompiledFrame, compileFrame, matchFrame } from './frames';
import { execAll } from './lookbehind';
import { type FilteredRegex, mayMatch, Prefilter } from './prefilter';
import { Reading } from './reading';
import { type Span, SpanIndex } from './span-index';

export type { Span } from './span-index';

/**
 * Recognition by meaning for catalogues of themes (root causes, obligations): each entry has
 * phrase patterns and negative patterns, regular expressions read case-insensitively. A pattern
 * match that overlaps a negative match is a look-alike ("conflict of laws" is not armed
 * conflict) and is dropped. Frames (recognise/frames.ts) match a verb class with an object class
 * over lemmas. Every match is then read in its clause (nlp/): it counts only in the roles its
 * entry allows. Hand-written matching because the catalogues are data a policy researcher edits;
 * the linguistic reading (sentences, POS, lemmas) is wink-nlp's.
 */
export interface MeaningEntry {
  id: string;
  patterns: readonly string[];
  negativePatterns: readonly string[];
  frames?: readonly FrameEntry[];
  alsoIn?: readonly Role[];
  riskPatterns?: readonly string[];
}

export interface MeaningMatcher {
  target: string;
  positive: FilteredRegex[];
  negative: FilteredRegex[];
  frames: CompiledFrame[];
  /** Phrases that count only in a sentence with a risk cue. */
  risky: FilteredRegex[];
  /** Roles in which a match does not count. */
  barred: ReadonlySet<Role>;
  /** Roles in which a match counts only in a sentence with a risk cue, like a risk pattern. */
  riskRoles: ReadonlySet<Role>;
  riskCue?: RegExp;
}

/**
 * How a catalogue is read: the roles in which its matches do not count unless an entry says
 * so (`alsoIn`), and the risk cues that `riskPatterns` need.
 */
export interface MeaningReading {
  barred: readonly Role[];
  riskCues?: readonly string[];
  /** Roles that make any match of the catalogue count as a risk pattern's would (see `riskRoles`). */
  riskRoles?: readonly Role[];
}

/** Compiles catalogue entries; `prefix` makes node ids (`cause:`, `obl:`). */
export function compileMeanings(
  entries: readonly MeaningEntry[],
  prefix: string,
  how: MeaningReading = { barred: [] },
): MeaningMatcher[] {
  // One filter for the whole catalogue: a text is scanned once for the literals of all patterns.
  const filter = new Prefilter(true);
  const compile = (sources: readonly string[]) => sources.map((s) => filter.compile(s, 'giu'));
  const riskCue = how.riskCues?.length ? new RegExp(how.riskCues.join('|'), 'iu') : undefined;
  return entries.map((e) => ({
    target: `${prefix}${e.id}`,
    positive: compile(e.patterns),
    negative: compile(e.negativePatterns),
    frames: (e.frames ?? []).map(compileFrame),
    risky: compile(e.riskPatterns ?? []),
    barred: new Set(how.barred.filter((r) => !(e.alsoIn ?? []).includes(r))),
    riskRoles: new Set((how.riskRoles ?? []).filter((r) => !(e.alsoIn ?? []).includes(r))),
    riskCue,
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
export function matchMeaning(
  text: string,
  m: MeaningMatcher,
  names: readonly Span[] = [],
  reading: Reading = new Reading(text),
): Mention[] {
  const phrases = spans(text, m.positive);
  const risky = spans(text, m.risky);
  if (phrases.length === 0 && risky.length === 0 && m.frames.length === 0) return [];
  // A phrase in a sentence that presents no source of vulnerability or risk names no driver.
  const cued = (s: Span) => {
    const sentence = reading.sentenceAt(s.start);
    return m.riskCue?.test(text.slice(sentence.start, sentence.end)) ?? false;
  };
  const atRisk = risky.filter(cued);
  const framed = m.frames.flatMap((f) => matchFrame(f, reading.tokens, reading.frames, reading.drivers));
  // So does any phrase in a risk role: "displaced and migrant women" names whom a call serves.
  const inRiskRole = (s: Span) =>
    m.riskRoles.size > 0 && reading.rolesAt(s.start).some((r) => m.riskRoles.has(r));
  const positives = [...[...phrases, ...framed].filter((s) => !inRiskRole(s) || cued(s)), ...atRisk];
  if (positives.length === 0) return [];
  const negatives = new SpanIndex(spans(text, m.negative));
  const named = nameIndex(names);
  // A match counts in the role its entry names: not in a role the catalogue bars (the topic of a
  // training, those trained, a purpose, a relative clause) unless the entry allows it.
  const inRole = (s: Span & { head?: number; barred?: ReadonlySet<Role> }) =>
    !reading.rolesAt(s.head ?? s.start).some((r) => m.barred.has(r) || (s.barred?.has(r) ?? false));
  return positives
    .filter((s) => !negatives.overlaps(s) && !named.contains(s) && inRole(s))
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
  reading: Reading = new Reading(text),
): Mention[] {
  return matchers.flatMap((m) => matchMeaning(text, m, names, reading).slice(0, 1));
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
