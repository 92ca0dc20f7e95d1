import { isVerb, type Token } from './analyse';
import type { RoleSpan } from './roles';

// The `offence` role: what a person is prosecuted, charged or punished for ("prosecuted for
// violations of immigration laws") names an offence, not a condition the text discusses.

/** Verbs of punishment whose "for" phrase is the offence. */
const PUNISHING = new Set([
  'prosecute',
  'charge',
  'punish',
  'penalize',
  'penalise',
  'convict',
  'arrest',
  'detain',
  'sanction',
  'fine',
  'criminalize',
  'criminalise',
]);

/** Words that end the offence: a new clause, a purpose, a comma before "and". */
const ENDS = new Set([';', ':', '.', ',', '(', 'if', 'where', 'when', 'unless', 'because', 'as']);

/** The offence a verb of punishment at `at` names with "for …", or none. */
export function offenceOf(tokens: readonly Token[], at: number, to: number): RoleSpan | undefined {
  const t = tokens[at];
  if (!t || !isVerb(t) || !PUNISHING.has(t.lemma) || tokens[at + 1]?.lower !== 'for') return undefined;
  const from = at + 2;
  let k = from;
  while (
    k < to &&
    !ENDS.has((tokens[k] as Token).lower) &&
    !(tokens[k]?.lower === 'to' && isVerb(tokens[k + 1]))
  )
    k++;
  const first = tokens[from];
  const last = tokens[k - 1];
  return first && last && k > from ? { role: 'offence', start: first.start, end: last.end } : undefined;
}
