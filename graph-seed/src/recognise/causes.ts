import type { RootCauseEntry } from '../catalogue';
import type { Mention } from '../types';
import { compileMeanings, findMeanings, type MeaningMatcher, type Span } from './meaning-patterns';
import { oncePerCatalogue } from './once';

/**
 * Root causes a provision discusses (ONTOLOGY.md, "Root causes"): the catalogue's phrase
 * patterns, minus its negative patterns and minus words inside names (`names`). One Mention per
 * cause, at its first match.
 */
export type CauseRecogniser = MeaningMatcher[];

export const causeRecogniser = oncePerCatalogue(
  (entries: readonly RootCauseEntry[]): CauseRecogniser => compileMeanings(entries, 'cause:'),
);

export const recogniseCauses = (r: CauseRecogniser, text: string, names: readonly Span[] = []): Mention[] =>
  findMeanings(text, r, names);
