import type { Token } from './analyse';

/**
 * A sentence that narrates: it tells what happened (a past tense, a present perfect), not what
 * the law requires. Its words of duty belong to the event it reports (a body that stressed a
 * need, calls for proposals that were issued, efforts a State has made), so it states no duty —
 * unless a modal in it says what must be done, which no narration cancels.
 */

/** Finite past forms of the auxiliaries: "was adopted", "were addressed", "had been", "did not". */
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);

/** Modals by which a sentence states a duty whatever else it tells. */
const MODAL = new Set(['must', 'should', 'shall', 'ought']);

/** Past participles not ending in -ed that follow "has" / "have" in a present perfect. */
const IRREGULAR = new Set([
  'been',
  'made',
  'taken',
  'given',
  'done',
  'begun',
  'brought',
  'held',
  'led',
  'set',
  'seen',
  'become',
  'found',
  'shown',
  'put',
  'sent',
  'undertaken',
  'drawn',
]);

const participle = (t: Token | undefined) =>
  t !== undefined &&
  (t.pos === 'VERB' || t.pos === 'AUX') &&
  (IRREGULAR.has(t.lower) || (t.lower.endsWith('ed') && t.lower !== t.lemma));

/**
 * Words opening a clause that is not the sentence's own: "more attention than it has received",
 * "one that has been recommended". What such a clause tells is background to the main clause.
 */
const SUBORDINATE = new Set([
  'than',
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'since',
  'as',
  'when',
  'where',
  'if',
  'whereas',
  'while',
  'because',
  'although',
  'though',
  'until',
  'once',
]);

/** Whether token `i` lies in a subordinate clause: a subordinator since the last punctuation. */
function subordinate(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t === undefined || t.pos === 'PUNCT') return false;
    if (SUBORDINATE.has(t.lower)) return true;
  }
  return false;
}

/** Whether the tokens of one sentence narrate an event rather than state a rule. */
export function narrates(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => MODAL.has(t.lower))) return false;
  return tokens.some((t, i) => {
    if (subordinate(tokens, i)) return false;
    if (PAST_AUX.has(t.lower)) return true;
    if (t.lower !== 'has' && t.lower !== 'have') return false;
    // "have also adopted", "has since been": adverbs between the auxiliary and its participle.
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    return participle(tokens[k]);
  });
}
