import { stemmer } from 'stemmer';
import { eng, removeStopwords } from 'stopword';

// Words nearly every recommendation in this domain carries: they say nothing about overlap.
const DOMAIN_STOPWORDS = new Set(
  ['state', 'party', 'member', 'ensure', 'include', 'also', 'shall', 'should', 'must'].map((w) => stemmer(w)),
);

/** Lower-cased, stop-word-free, Porter-stemmed tokens of a text (stopword and stemmer packages). */
export function terms(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? [];
  return removeStopwords(words, eng)
    .filter((w) => w.length > 2)
    .map((w) => stemmer(w.replace(/['’]s?$/, '')))
    .filter((t) => !DOMAIN_STOPWORDS.has(t));
}
