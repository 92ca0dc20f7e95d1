import { isNoun, isVerb, type Token } from './analyse';
import { DUTY_NOUNS, LIGHT_NOUNS, PURPOSE_OPENERS, TRAINING_HEADS } from './lexicon';
import { newVerbPhrase, phraseSpan as span, spells, until } from './phrase-bounds';
import type { RoleSpan } from './roles';

// The `purpose` role: what the action is for ("… to reduce their vulnerability", "in order to …").

/**
 * Whether the noun phrase ending at `last` follows "for": "for workers to undergo testing" names
 * who is to act (the infinitive's subject), it states no purpose.
 */
function subjectOfInfinitive(tokens: readonly Token[], last: number, from: number): boolean {
  for (let k = last; k >= from && last - k < 4; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'for') return k < last;
    if (!(isNoun(t) || t.pos === 'ADJ' || t.pos === 'DET')) return false;
  }
  return false;
}

/**
 * The purpose phrase opened at token `i`, if any. `mainInfinitives`: token indices of "to" that
 * open the action called for ("urges States to adopt"), which are never a purpose.
 */
export function purposeOf(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
  mainInfinitives: ReadonlySet<number>,
): RoleSpan | undefined {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  // Purpose, by an opener ("in order to", "aimed at") or a bare infinitive after a noun.
  const opener = PURPOSE_OPENERS.find((w) => spells(tokens, i, w));
  // "training to police" names those trained: the tagger reads some nouns after "to" as verbs.
  const bareInfinitive =
    !opener &&
    t.lower === 'to' &&
    isVerb(tokens[i + 1]) &&
    tokens[i + 1]?.lower === tokens[i + 1]?.lemma &&
    !TRAINING_HEADS.has(prev?.lemma ?? '') &&
    !mainInfinitives.has(i) &&
    isNoun(prev) &&
    !LIGHT_NOUNS.has(prev?.lemma ?? '') &&
    !DUTY_NOUNS.has(prev?.lemma ?? '') &&
    !subjectOfInfinitive(tokens, i - 1, from);
  if (!opener && !bareInfinitive) return undefined;
  const start = opener ? i + opener.length : i + 1;
  return span(
    'purpose',
    tokens,
    start,
    until(tokens, start, to, (k) => newVerbPhrase(tokens, k)),
  );
}
