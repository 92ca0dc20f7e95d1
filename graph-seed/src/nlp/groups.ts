import { isNoun, type Token } from './analyse';
import { PEOPLE_NOUNS } from './lexicon';
import type { RoleSpan } from './roles';

// The `group` role: a noun for people with its modifiers ("displaced and migrant women",
// "undocumented migrants") names whom a text speaks of, not a condition it discusses.

/** Words that may stand among the modifiers of a noun: "displaced and migrant", "irregular/undocumented". */
const MODIFIER_GLUE = new Set(['and', 'or', '-', '/']);

/**
 * The group a noun for people at `at` names with its modifiers (adjectives, participles, nouns:
 * "conflict-affected", "displaced and migrant"), or none where the token is no such noun, does
 * not head its phrase ("child marriage") or nothing modifies it.
 */
export function groupOf(tokens: readonly Token[], at: number, from: number): RoleSpan | undefined {
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || !isNoun(t) || !PEOPLE_NOUNS.has(t.lower)) return undefined;
  if (next && isNoun(next) && !PEOPLE_NOUNS.has(next.lower)) return undefined;
  let k = at;
  let modifiers = 0;
  while (k - 1 >= from) {
    const m = tokens[k - 1] as Token;
    const modifier =
      m.pos === 'ADJ' || isNoun(m) || (m.pos === 'VERB' && m.lower !== m.lemma && !m.lower.endsWith('s'));
    if (!modifier && !MODIFIER_GLUE.has(m.lower)) break;
    if (modifier) modifiers++;
    k--;
  }
  // The run starts at a modifier, never at the glue between two.
  while (k < at && MODIFIER_GLUE.has((tokens[k] as Token).lower)) k++;
  const first = tokens[k];
  return modifiers > 0 && first && k < at ? { role: 'group', start: first.start, end: t.end } : undefined;
}
