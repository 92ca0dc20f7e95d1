import { isNoun, isVerb, type Token } from './analyse';
import { groupOf } from './groups';
import { offenceOf } from './offences';
import { isComma, newVerbPhrase, phraseSpan as span, spells, until } from './phrase-bounds';
import { purposeOf } from './purposes';
import { topicHeadBefore } from './topics';
import {
  CONDITIONS,
  MODALS,
  PURPOSE_OPENERS,
  QUALIFIER_OPENERS,
  RELATIVES,
  RULE_HEADS,
  RULE_PREPOSITIONS,
  TOPIC_PREPOSITIONS,
  TRAINING_HEADS,
} from './lexicon';

/**
 * The role of a phrase in its clause, other than the action called for and its object:
 * - `purpose`: what the action is for ("… to reduce their vulnerability", "in order to …");
 * - `taught`: what a training, campaign or education is about ("training on prevention");
 * - `studied`: what data, research, a report or information is about ("data on victims identified");
 * - `field`: what a law, policy, plan, resolution or debate is about ("legislation on gender-based
 *   violence"), or what a rule of law prohibits ("the prohibition on sex-based discrimination"):
 *   the name of a field of law and policy;
 * - `trainee`: who is trained or made aware ("train police, labour inspectors and judges");
 * - `relative`: a clause about a noun ("officials who …", "officials negligent in preventing …");
 * - `condition`: "where …", "if …";
 * - `qualifier`: what the action holds whatever it is ("regardless of their migration status");
 * - `group`: the modifiers of a noun for people and that noun ("displaced and migrant women",
 *   "undocumented migrants"): whom the text speaks of, not a condition it discusses;
 * - `offence`: what a person is prosecuted, charged or punished for ("prosecuted for violations of
 *   immigration laws", nlp/offences.ts).
 */
export type Role =
  | 'purpose'
  | 'taught'
  | 'studied'
  | 'field'
  | 'trainee'
  | 'relative'
  | 'condition'
  | 'qualifier'
  | 'group'
  | 'offence';

export interface RoleSpan {
  role: Role;
  /** Character offsets, end exclusive. */
  start: number;
  end: number;
}

/**
 * The role spans of one clause (tokens `from`..`to`). `mainInfinitives`: token indices of
 * "to" that open the action called for ("urges States to adopt"), which are never a purpose.
 */
export function clauseRoles(
  tokens: readonly Token[],
  from: number,
  to: number,
  mainInfinitives: ReadonlySet<number>,
): RoleSpan[] {
  const roles: RoleSpan[] = [];
  const add = (r: RoleSpan | undefined) => r && roles.push(r);
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    add(purposeOf(tokens, i, from, to, mainInfinitives));
    // Topic of a training, report, campaign or data: "training on …", "data on …".
    const rule = RULE_PREPOSITIONS.has(t.lower) && RULE_HEADS.has(prev?.lemma ?? '');
    const head = rule
      ? 'field'
      : TOPIC_PREPOSITIONS.has(t.lower)
        ? topicHeadBefore(tokens, i, from, roles)
        : undefined;
    if (head) {
      const end = until(
        tokens,
        i + 1,
        to,
        (k) =>
          newVerbPhrase(tokens, k) ||
          tokens[k]?.lower === 'for' ||
          PURPOSE_OPENERS.some((w) => spells(tokens, k, w)) ||
          (tokens[k]?.lower === 'to' && isVerb(tokens[k + 1])),
      );
      add(span(head, tokens, i + 1, end));
    }
    // Those trained: the object of "train", or "training for/of/to …", "the capacity of …".
    const trainingVerb = TRAINING_HEADS.has(t.lemma) && isVerb(t);
    const trainingNoun =
      (TRAINING_HEADS.has(t.lemma) || t.lemma === 'capacity') &&
      !isVerb(t) &&
      ['for', 'of', 'to'].includes(tokens[i + 1]?.lower ?? '');
    if (trainingVerb || trainingNoun) {
      const start = trainingNoun ? i + 2 : i + 1;
      const end = until(
        tokens,
        start,
        to,
        (k) =>
          newVerbPhrase(tokens, k) ||
          TOPIC_PREPOSITIONS.has(tokens[k]?.lower ?? '') ||
          tokens[k]?.lower === 'in' ||
          (tokens[k]?.lower === 'to' && isVerb(tokens[k + 1])),
      );
      add(span('trainee', tokens, start, end));
    }
    // A clause about a noun: "officials who …", "officials negligent in preventing …".
    // Only a clause about people ("officials who …"): one about a thing the text calls for
    // ("interventions that address …") says what that thing does, which is the call's content.
    const relative = RELATIVES.has(t.lower) && isNoun(prev);
    const modifier =
      isNoun(prev) &&
      (t.pos === 'ADJ' || t.pos === 'VERB') &&
      tokens[i + 1]?.lower === 'in' &&
      isVerb(tokens[i + 2]);
    if (relative || modifier) {
      // It ends at a comma, or where a second verb follows its own: "who have been trafficked | contributes".
      const end = until(
        tokens,
        i + 1,
        to,
        (k) =>
          isComma(tokens[k]) ||
          newVerbPhrase(tokens, k) ||
          (isVerb(tokens[k]) && isVerb(tokens[k - 1]) && k - 1 > i),
      );
      // A relative clause with a modal of its own states a duty itself ("… an obligation that should …").
      if (!tokens.slice(i, end).some((x) => MODALS.has(x.lower))) add(span('relative', tokens, i, end));
    }
    // A qualifier runs to the next comma or verb phrase: "regardless of their status, and …".
    const qualifier = QUALIFIER_OPENERS.find((w) => spells(tokens, i, w));
    if (qualifier) {
      const start = i + qualifier.length;
      add(
        span(
          'qualifier',
          tokens,
          start,
          until(tokens, start, to, (k) => newVerbPhrase(tokens, k) || isComma(tokens[k])),
        ),
      );
    }
    add(groupOf(tokens, i, from));
    add(offenceOf(tokens, i, to));
    // A condition opening the clause or following a comma.
    if (CONDITIONS.has(t.lower) && (i === from || isComma(prev)))
      add(
        span(
          'condition',
          tokens,
          i,
          until(tokens, i + 1, to, (k) => isComma(tokens[k])),
        ),
      );
  }
  // The same phrase may be found by two cues ("in order to" and its "to"): once each.
  return roles.filter(
    (r, k) => roles.findIndex((x) => x.role === r.role && x.start === r.start && x.end === r.end) === k,
  );
}
