import { isVerb, type Token } from './analyse';
import { FIELD_HEADS, LEARNING_HEADS, STUDY_HEADS } from './lexicon';
import type { RoleSpan } from './roles';

// The head before a topic preposition ("training on …", "data on …", "legislation on …") says
// what kind of topic the phrase after it is.

/** The kind of topic head within the few words before a preposition: "training of police on …" too. */
export function topicHeadBefore(
  tokens: readonly Token[],
  at: number,
  from: number,
  roles: readonly RoleSpan[],
): 'taught' | 'studied' | 'field' | undefined {
  // Those trained stand between a training and its topic: "training to police, … and judges on …".
  const trained = (t: Token) =>
    roles.some((r) => r.role === 'trainee' && t.start >= r.start && t.end <= r.end);
  for (let k = at - 1, seen = 0; k >= from && seen < 8; k--) {
    const t = tokens[k] as Token;
    if (trained(t)) continue;
    seen++;
    if (LEARNING_HEADS.has(t.lemma) || LEARNING_HEADS.has(t.lower)) return 'taught';
    if (STUDY_HEADS.has(t.lemma) || STUDY_HEADS.has(t.lower)) return 'studied';
    if (FIELD_HEADS.has(t.lemma) || FIELD_HEADS.has(t.lower)) return 'field';
    if (t.value === ';' || t.value === ':' || t.value === '.' || (isVerb(t) && t.lower === t.lemma))
      return undefined;
  }
  return undefined;
}
