import { analyse } from '../nlp/analyse';

/** One word of a text as wink-nlp reads it, with its place in the text (end exclusive). */
export interface Word {
  text: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Index of the sentence (wink-nlp's sentence boundaries) the word is in. */
  sentence: number;
}

/**
 * The words of a text with part of speech, lemma and sentence: the one wink-nlp reading of the
 * recognisers (nlp/analyse.ts, memoised per text), so the model is loaded once per process. A token
 * wink-nlp reports that is not found verbatim at its place in the text is left out.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const t of analyse(text).tokens) {
    if (text.slice(t.start, t.end) !== t.value) continue;
    out.push({ text: t.value, lemma: t.lemma, pos: t.pos, start: t.start, end: t.end, sentence: t.sentence });
  }
  return out;
}
