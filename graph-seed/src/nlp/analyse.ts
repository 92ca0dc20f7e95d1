import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The linguistic reading of a text: tokens with part of speech, lemma, in sentences,
 * each token placed by character offsets into the text. wink-nlp with its English "lite" model
 * (offline, deterministic: the same text always gives the same reading).
 */
export interface Token {
  /** The token as printed. */
  value: string;
  /** Lower-case value, for comparisons that ignore case. */
  lower: string;
  /** Lower-case lemma ("trained" → "train", "victims" → "victim"). */
  lemma: string;
  /** Universal POS tag (VERB, NOUN, PROPN, AUX, ADP, PART, CCONJ, SCONJ, DET, ADJ, PUNCT …). */
  pos: string;
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** Index of its sentence. */
  sentence: number;
}

export const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB';
export const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

export interface Analysis {
  tokens: Token[];
  /** Sentences as token index ranges (to exclusive). */
  sentences: Array<{ from: number; to: number }>;
}

let nlp: WinkMethods | undefined;
const reader = (): WinkMethods => {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
};

// The recognise stages read the same provision several times (causes, obligations, recommend):
// one reading per text. Bounded so a large corpus does not keep every reading alive.
const CACHE_LIMIT = 4096;
const cache = new Map<string, Analysis>();

/** The reading of one text (a provision, a sentence), memoised. */
export function analyse(text: string): Analysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const a = read(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, a);
  return a;
}

function read(text: string): Analysis {
  const w = reader();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const tokens: Token[] = [];
  // wink reports tokens, not offsets: each value is found in the text from where the last ended.
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    const start = at >= 0 && at - cursor < 16 ? at : cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    tokens.push({
      value,
      lower: value.toLowerCase(),
      lemma: String(lemmas[i] ?? value).toLowerCase(),
      pos: String(pos[i] ?? 'X'),
      start,
      end,
      sentence: 0,
    });
  });
  // Each sentence as the token indices it spans, first and last inclusive.
  const spans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>;
  const sentences: Analysis['sentences'] = spans.map(([first, last], n) => {
    for (let k = first; k <= last && k < tokens.length; k++) (tokens[k] as Token).sentence = n;
    return { from: first, to: Math.min(tokens.length, last + 1) };
  });
  return { tokens, sentences };
}
