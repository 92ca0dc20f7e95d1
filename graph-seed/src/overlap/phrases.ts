import { eng } from 'stopword';
import type { Unit } from './units';

const STOP = new Set(eng);
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
// Lemmas on nearly every recommendation of the domain: they make no phrase distinctive.
const GENERIC = new Set([
  'state',
  'party',
  'member',
  'government',
  'ensure',
  'include',
  'also',
  'shall',
  'should',
  'must',
  'urge',
  'call',
  'invite',
  'encourage',
  'recommend',
  'request',
  'appropriate',
  'relevant',
  'measure',
]);

/**
 * The lemma n-grams (two and three words) of a unit's content words: stop words, the domain's
 * generic words and every actor and instrument name left out, so a list of actors or the title
 * of a treaty never makes two asks look alike. A punctuation mark ends a run of words.
 */
export function unitGrams(unit: Unit): string[] {
  const runs: string[][] = [[]];
  for (const w of unit.words) {
    const inName = unit.named.some((n) => w.start >= n.start && w.end <= n.end);
    if (w.pos === 'PUNCT' || inName) {
      if (runs.at(-1)!.length > 0) runs.push([]);
      continue;
    }
    const lemma = w.lemma.replace(/[’']s$/, '');
    if (!CONTENT.has(w.pos) || STOP.has(lemma) || GENERIC.has(lemma) || lemma.length < 3) continue;
    runs.at(-1)!.push(lemma);
  }
  const grams = new Set<string>();
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i++) {
      grams.add(`${run[i]} ${run[i + 1]}`);
      if (i + 2 < run.length) grams.add(`${run[i]} ${run[i + 1]} ${run[i + 2]}`);
    }
  }
  return [...grams].sort();
}

/** The unit's text with every actor and instrument name blanked, for text similarity. */
export function unnamedText(unit: Unit): string {
  let text = unit.text;
  for (const n of unit.named) text = text.slice(0, n.start) + ' '.repeat(n.end - n.start) + text.slice(n.end);
  return text;
}
