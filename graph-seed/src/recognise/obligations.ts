import type { ObligationEntry } from '../catalogue';
import type { Mention } from '../types';
import {
  compileMeanings,
  findMeanings,
  matchMeaning,
  type MeaningMatcher,
  type Span,
} from './meaning-patterns';
import type { Role } from '../nlp/clause-frames';
import { isTitle, opensWithCall } from './item-duty';
import { narrates } from '../nlp/narration';
import { oncePerCatalogue } from './once';
import { Reading } from './reading';
import { blankOut, SpanIndex } from './span-index';

/**
 * Obligations a provision speaks of (ONTOLOGY.md, "Obligations"). Two readings:
 * - a recommendation IMPLEMENTS every obligation its text speaks of (`implementedObligations`);
 * - any other provision STATES an obligation only in a sentence that states the duty — a modal
 *   (must, should, shall), an obligation, requirement or right, a named principle, a call —
 *   not in one that only describes what some State did (`statedObligations`).
 */
export type ObligationRecogniser = MeaningMatcher[];

/**
 * Roles in which an obligation phrase is not the duty called for: the topic of a training or
 * report ("training on prevention"), those trained ("labour inspectors") and a clause about a
 * noun ("officials negligent in preventing …"). A purpose counts: "… in order to reduce their
 * vulnerability" calls for prevention as much as "prevent" does.
 */
export const OBLIGATION_BARRED: readonly Role[] = ['taught', 'studied', 'trainee', 'relative'];

export const obligationRecogniser = oncePerCatalogue(
  (entries: readonly ObligationEntry[]): ObligationRecogniser =>
    compileMeanings(entries, 'obl:', { barred: OBLIGATION_BARRED }),
);

/** `leadIn`: the chapeau whose call the text continues; `drivers`: the root causes it discusses. */
export const implementedObligations = (
  r: ObligationRecogniser,
  text: string,
  names: readonly Span[] = [],
  leadIn?: string,
  drivers: readonly Span[] = [],
): Mention[] => findMeanings(text, r, names, new Reading(text, leadIn, drivers));

/** Words by which a sentence states a duty rather than reports a fact. */
const DUTY =
  /\b(?:must|should|shall|ought|obligat\w*|oblig(?:e|es|ed|ing)|dut(?:y|ies)|requires?|required|requirement|responsibility (?:to|for)|responsible for|entitled|right to|rights? of (?:the )?(?:victims?|women|girls|trafficked|persons|children|child|survivors)|a right|fundamental (?:human )?right|principles?|due diligence|non-punishment|non-refoulement|non-criminali[sz]ation|best interests? of the child|essential|crucial|critical|imperative|need(?:s|ed)? (?:to|for)|have to|has to|is to|are to|non-negotiable|urges?|calls? (?:upon|on|for)|encourages?|recommends?|stresses|emphasi[sz]ed|emphasi[sz]es the (?:need|importance)|commitments?|prohibit\w*|guarantee\w*)\b/iu;

interface Sentence {
  start: number;
  end: number;
}

/** Sentence spans: split after . ; : ! ? where the next one starts a new clause or item. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.;!?](?=\s+[\p{Lu}("“•\d])|[:](?=\s)/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * A named principle or duty ("the obligation to V", "the prohibition on refoulement") states
 * itself even where the sentence narrates how it came to be affirmed or applied: the sentence
 * is about the rule, not only the event.
 */
const PRINCIPLE =
  /\b(?:obligations? to|dut(?:y|ies) to|prohibition (?:on|of|against)|principles? of|principles?\b(?! (?:and|&) guidelines)|due diligence|non-punishment|non-refoulement|non-criminali[sz]ation|best interests? of the child)/iu;

export const statesDuty = (sentence: string): boolean => DUTY.test(sentence);

/** A sentence that carries the one before it: "This includes …", "These require …". */
const CARRIES =
  /^\s*(?:this|these|such|it|they)\s+(?:\w+\s+)?(?:includes?|involves?|means|requires?|entails?|comprises?)\b/iu;

/** Words by which a sentence opening a list calls for what the list's items say. */
const LIST_DUTY =
  /\b(?:must|should|shall|ought|(?:is|are) to|requires?|(?:is|are) (?:required|obliged|obligated) to)\b/iu;

/** Parts of speech a duty-bearer's noun phrase is made of: "Countries of origin", "State parties". */
const BEARER = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'CCONJ']);

/**
 * A list item that names its duty-bearer and an infinitive, the verb of duty left to its lead-in
 * ("[The Protocol requires] Countries of origin to cooperate in the return …"): its first
 * sentence states the duty.
 */
function itemisedDuty(reading: Reading, first: Sentence): boolean {
  const tokens = reading.tokens.filter((t) => t.start >= first.start && t.end <= first.end);
  const to = tokens.findIndex((t) => t.lower === 'to');
  if (to < 1 || to > 7) return false;
  const verb = tokens[to + 1];
  // "Countries of destination not to return …" is the same duty, negated.
  const bearer = tokens.slice(0, tokens[to - 1]?.lower === 'not' ? to - 1 : to);
  return (
    tokens[0]?.pos !== 'DET' &&
    bearer.every((t) => BEARER.has(t.pos)) &&
    bearer.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') &&
    verb?.pos === 'VERB' &&
    verb.lower === verb.lemma
  );
}

/**
 * `practice`: spans naming a country. A sentence that names one reports State practice ("the
 * United Arab Emirates requires that …"), which states no duty of international law.
 */
export function statedObligations(
  r: ObligationRecogniser,
  text: string,
  names: readonly Span[] = [],
  practice: readonly Span[] = [],
  leadIn?: string,
  drivers: readonly Span[] = [],
): Mention[] {
  const countries = new SpanIndex(practice);
  const reports = (s: Sentence) => countries.startsIn(s.start, s.end);
  // Words of a name state no duty either: "the Convention on the Rights of the Child".
  const unnamed = blankOut(text, names);
  // The items of a list that a modal opens ("… should be facilitated by: (a) …; (c) Providing
  // assistance to victims …;") continue its sentence, up to the first item that ends with a stop.
  // A list of causes or obstacles after an incidental word of duty ("key to States' obligations
  // …: (a) …") states none.
  // So do the items of a lead-in given apart (a bullet under "States should ensure that:"), and a
  // "This includes …" sentence after one that states a duty.
  const duty: Sentence[] = [];
  // An item of several sentences is a paragraph of its own, not the continuation of its lead-in.
  const parts = sentences(text);
  let listed =
    leadIn !== undefined && parts.length === 1 && LIST_DUTY.test(leadIn) && leadIn.trimEnd().endsWith(':');
  let previous = false;
  const reading = new Reading(text, leadIn, drivers);
  const first = parts[0];
  const itemised =
    leadIn !== undefined &&
    first !== undefined &&
    (itemisedDuty(reading, first) || (statesDuty(leadIn) && opensWithCall(reading, first)));
  const narrated = (s: Sentence) =>
    narrates(reading.tokens.filter((t) => t.start >= s.start && t.end <= s.end));
  for (const s of parts) {
    const said = unnamed.slice(s.start, s.end);
    const opens = itemised && s === first;
    const said_: boolean = statesDuty(said) || (previous && CARRIES.test(said));
    const states: boolean =
      (listed || opens || (said_ && !(narrated(s) && !PRINCIPLE.test(said)))) && !reports(s);
    if (states) duty.push(s);
    previous = states;
    if (LIST_DUTY.test(said) && said.trimEnd().endsWith(':')) listed = true;
    else if (said.trimEnd().endsWith('.')) listed = false;
  }
  if (duty.length === 0) return [];
  // A title names the duty the sentence after it states.
  const second = parts[1];
  if (first && second && duty.includes(second) && !duty.includes(first) && isTitle(text, first))
    duty.push(first);
  const inDuty = new SpanIndex(duty);
  return r.flatMap(
    (m) => matchMeaning(text, m, names, reading).filter((x) => inDuty.covers(x.start))[0] ?? [],
  );
}
