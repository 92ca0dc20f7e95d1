import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemToken } from 'wink-nlp';

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

// wink-nlp's English model takes a few hundred milliseconds to load: once per process, on first use.
let reader: ReturnType<typeof winkNLP> | undefined;

/**
 * The words of a text with part of speech, lemma and sentence (wink-nlp). Offsets are found by
 * reading the text forward for each token: wink-nlp reports a token's preceding spaces but not its
 * offset, and a forward search is exact for any tokenisation that keeps the characters.
 */
export function words(text: string): Word[] {
  reader ??= winkNLP(model);
  const its = reader.its;
  // wink-nlp's type declarations give `its.lemma` an add-on signature `out` does not accept; at
  // run time `out(its.lemma)` is the documented call
  const lemma = its.lemma as unknown as typeof its.pos;
  const doc = reader.readDoc(text);
  const out: Word[] = [];
  let cursor = 0;
  doc.sentences().each((s, sentence) => {
    s.tokens().each((t: ItemToken) => {
      const surface = t.out();
      const at = text.indexOf(surface, cursor);
      if (at < 0) return;
      cursor = at + surface.length;
      out.push({
        text: surface,
        lemma: String(t.out(lemma)).toLowerCase(),
        pos: String(t.out(its.pos)),
        start: at,
        end: cursor,
        sentence,
      });
    });
  });
  return out;
}
