import { isVerb, type Token } from './analyse';
import type { Role, RoleSpan } from './roles';

// Where the phrases of a clause begin and end, for the role readers (roles.ts and its parts).

export const isComma = (t: Token | undefined) => t?.value === ',';

/** Where a phrase starting at `from` ends: the first of `stop` from there, else the clause end. */
export function until(
  _tokens: readonly Token[],
  from: number,
  to: number,
  stop: (i: number) => boolean,
): number {
  for (let i = from; i < to; i++) if (stop(i)) return i;
  return to;
}

export const phraseSpan = (
  role: Role,
  tokens: readonly Token[],
  from: number,
  to: number,
): RoleSpan | undefined => {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last && to > from ? { role, start: first.start, end: last.end } : undefined;
};

/** Whether the lemmas from `i` spell `words` (the last word may be followed by anything). */
export const spells = (tokens: readonly Token[], i: number, words: readonly string[]) =>
  words.every((w, k) => tokens[i + k]?.lemma === w || tokens[i + k]?.lower === w);

/** A comma or conjunction followed by a new verb phrase ends a phrase: ", and to establish …". */
export function newVerbPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.value === ';' || t.value === ':' || t.value === '.') return true;
  if (!isComma(t) && t.lower !== 'and' && t.lower !== 'or') return false;
  let j = i + 1;
  while (tokens[j] && (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or' || isComma(tokens[j]))) j++;
  if (tokens[j]?.lower === 'to' && isVerb(tokens[j + 1])) return true;
  return isVerb(tokens[j]) && tokens[j]?.lower === tokens[j]?.lemma;
}
