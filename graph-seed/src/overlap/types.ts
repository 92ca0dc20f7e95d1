import type { MeasureHit } from './measures';

// What overlap reads and gives: a recommendation's asks, the settings of the decision, a link.

/** A recommendation as overlap reads it: its asks (units), with their measures and phrases. */
export interface RecommendationAsks {
  id: string;
  documentId: string;
  /** Per unit, the measures it calls for. */
  hits: MeasureHit[][];
  /** Per unit, its lemma n-grams (phrases.ts). */
  grams: string[][];
  /** The recommendation's words without names, for text similarity. */
  text: string;
  /** Per unit, its words without names. */
  unitTexts: string[];
  /** Obligation and root-cause ids it is linked to (IMPLEMENTS, ADDRESSES). */
  links: string[];
}

export interface OverlapOptions {
  /** Measures that are themes (measures.yaml `broad`). */
  broad: ReadonlySet<string>;
  /** Measures that hold several distinct asks (measures.yaml `wide`): clause-match.ts. */
  wide?: ReadonlySet<string>;
  /** A phrase is distinctive when at most this share of all units holds it (and at least 2). */
  rarePhraseShare: number;
  /** Per unit and key (a measure or a phrase), at most this many partners are read: a bound for scale only. */
  maxPartners: number;
  /** At most this many links per recommendation, its best: a bound for scale only. */
  maxLinks: number;
  /** Text similarity that, with a shared broad (or chapeau) measure, makes an overlap. */
  textWithMeasure: number;
  /**
   * Sharing one measure is not enough on its own (two asks can fall under one measure and ask
   * different things): a link needs two measures in common, a distinctive phrase, or this similarity
   * between the matched asks, or `textWithSpecific` between the texts.
   */
  askWithSpecific: number;
  textWithSpecific: number;
  /** Text similarity that, with shared distinctive phrases, makes an overlap. */
  textWithPhrases: number;
  /** Text similarity that makes an overlap on its own (near-verbatim reuse). */
  textAlone: number;
  /**
   * Where no ask of each is the same ask (clause-match.ts), the principal ask of both must be
   * shared, not a side clause of one: on each side, at least this
   * share of the recommendation's measures must be shared, and at least this share of its asks
   * matched (the asks matched need not be all when the pair shares an instrument-bound measure: a
   * ratification list is one ask of many treaties).
   */
  principalShare: number;
  /**
   * Fields: a measure → the measures its field covers (measures.yaml `covers`). A recommendation
   * wholly in a field is contained in one whose principal ask is the field itself (families.ts).
   */
  covers?: ReadonlyMap<string, readonly string[]>;
}

export interface AskOverlap {
  /** Indexes into the recommendations, a < b. */
  a: number;
  b: number;
  score: number;
  /** Shared measure ids, sorted. */
  measures: string[];
  /** Shared distinctive phrases, sorted. */
  phrases: string[];
  /** Which signals made the link: `measure`, `phrase`, `text`, `links`. */
  basis: string[];
  /** Units of a and of b that the shared measures and phrases are in. */
  unitsA: number[];
  unitsB: number[];
  /** Where one recommendation's measures all lie in the other's. */
  direction: 'same' | 'start-in-end' | 'end-in-start' | 'overlap';
  /** TF-IDF cosine of the two recommendations' words (names left out). */
  text: number;
  /** The best TF-IDF cosine between a matched ask of a and one of b. */
  ask: number;
}
