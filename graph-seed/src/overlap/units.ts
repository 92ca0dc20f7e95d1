import type { Mention, Provision } from '../types';
import { type Ask, splitAsks } from './asks';
import type { Word } from './nlp';

/** A piece of provision text inside a unit: `at` is where it starts in the unit's text. */
export interface Segment {
  provisionId: string;
  start: number;
  end: number;
  at: number;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * What overlap compares: one ask, read with its lead-in where it has one. A sub-item's first ask
 * is read after the last ask of its chapeau ("ratify or accede to the:" + "Optional Protocol …;"),
 * and the chapeau's other asks are asks of every sub-item too: the sub-item is a part of them.
 * Offsets of `words`, `names`, `actors` and `instruments` are into `text`.
 */
export interface Unit {
  text: string;
  segments: Segment[];
  words: Word[];
  /** Instrument names and proper names of bodies: no measure is read inside them. */
  names: Span[];
  /** Every actor and instrument mention: dropped from the compared words. */
  named: Span[];
  /** Instruments the unit names, by node id, with their spans. */
  instruments: Array<Span & { id: string }>;
  /** Where the recommendation's own text starts in `text` (its length for a unit of the chapeau alone). */
  own: number;
}

export interface ProvisionReading {
  provision: Provision;
  asks: Ask[];
  instruments: Mention[];
  actors: Mention[];
}

// An actor named by a proper name of four words or more ("Special Rapporteur on trafficking in
// persons …") is a name; a lower-case category ("social media and messaging platform companies")
// is part of the ask and stays readable.
const isProperName = (m: Mention) =>
  m.start >= 0 && /^\p{Lu}/u.test(m.surface) && m.surface.split(/\s+/).length >= 4;

function joined(parts: ReadonlyArray<{ ask: Ask; reading: ProvisionReading; lead?: boolean }>): Unit {
  const segments: Segment[] = [];
  const unitWords: Word[] = [];
  const names: Span[] = [];
  const named: Span[] = [];
  const instruments: Unit['instruments'] = [];
  let text = '';
  let own = -1;
  for (const { ask, reading, lead } of parts) {
    if (text.length > 0) text += ' ';
    const at = text.length;
    if (!lead && own < 0) own = at;
    const shift = at - ask.start;
    segments.push({ provisionId: ask.provisionId, start: ask.start, end: ask.end, at });
    text += ask.text;
    for (const w of ask.words) unitWords.push({ ...w, start: w.start + shift, end: w.end + shift });
    const inside = (m: Mention) => m.start >= ask.start && m.end <= ask.end;
    const moved = (m: Mention) => ({ start: m.start + shift, end: m.end + shift });
    for (const m of reading.instruments.filter(inside)) {
      names.push(moved(m));
      named.push(moved(m));
      instruments.push({ ...moved(m), id: m.target });
    }
    for (const m of reading.actors.filter(inside)) {
      named.push(moved(m));
      if (isProperName(m)) names.push(moved(m));
    }
  }
  return { text, segments, words: unitWords, names, named, instruments, own: own < 0 ? text.length : own };
}

/** The units of one recommendation's provision, given its chapeau's reading when it is a sub-item. */
export function unitsOf(own: ProvisionReading, lead?: ProvisionReading): Unit[] {
  const ownParts = own.asks.map((ask) => ({ ask, reading: own }));
  if (!lead || lead.asks.length === 0) return ownParts.map((p) => joined([p]));
  const leadParts = lead.asks.map((ask) => ({ ask, reading: lead, lead: true }));
  const last = leadParts.pop()!;
  const [first, ...rest] = ownParts;
  return [
    ...leadParts.map((p) => joined([p])),
    joined(first ? [last, first] : [last]),
    ...rest.map((p) => joined([p])),
  ];
}

/** Reads a provision for overlap: its asks (wink-nlp words given) and its name mentions. */
export function readProvision(
  provision: Provision,
  w: readonly Word[],
  mentions: { instruments: Mention[]; actors: Mention[] } | undefined,
): ProvisionReading {
  return {
    provision,
    asks: splitAsks(provision.id, provision.text, w),
    instruments: (mentions?.instruments ?? []).filter((m) => m.start >= 0),
    actors: (mentions?.actors ?? []).filter((m) => m.start >= 0),
  };
}

/** The provision spans a unit span covers, as `<provision id>@<start>-<end>`. */
export function provisionSpans(unit: Unit, span: Span): string[] {
  return unit.segments.flatMap((seg) => {
    const segEnd = seg.at + (seg.end - seg.start);
    const s = Math.max(span.start, seg.at);
    const e = Math.min(span.end, segEnd);
    return e > s ? [`${seg.provisionId}@${seg.start + (s - seg.at)}-${seg.start + (e - seg.at)}`] : [];
  });
}

/** The whole unit as provision spans: the matched ask in its text. */
export const unitSpans = (unit: Unit): string[] =>
  unit.segments.map((s) => `${s.provisionId}@${s.start}-${s.end}`);
