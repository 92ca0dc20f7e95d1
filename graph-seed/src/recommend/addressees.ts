import { spanRefsOf } from '../bundle/span-ref';
import type { Addressee, Mention } from '../types';

/**
 * Who a recommendation calls on to act (ONTOLOGY.md, "Addressee"), chosen among the actors the
 * text mentions, never invented:
 * - the object after a calling verb: "Urges Member States … to consider", "Invites the business
 *   sector, …, to cooperate with Governments" (Governments, after the infinitive, is mentioned);
 * - the subject before a modal or a passive call: "States should …", "States parties are
 *   encouraged to …" (only where `subjects` is set: the voice of reports and general
 *   recommendations; in a resolution a modal sits in a subordinate clause).
 * - the actors a pronoun object stands for: "Welcomes the efforts of Governments, … and
 *   non-governmental organizations … and encourages them to …" calls on those the clause named
 *   before the verb, whatever preposition governs them there.
 * An actor the addressee is asked to work with ("together with", "in cooperation with") is
 * mentioned, not addressed; so is one governed by a preposition ("the capacity of States").
 */

interface Window {
  start: number;
  end: number;
  /** Object windows: "calls for its implementation by the United Nations" names the agent called on. */
  agent?: boolean;
  /** The antecedent of a pronoun object: prepositions there do not bar an actor. */
  antecedent?: boolean;
}

/** Third-person calling verbs that take their addressee as object. */
const OBJECT_VERB =
  /\b(?:(?:strongly\s+)?urges|calls\s+(?:upon|on|for)|encourages|invites|requests|recommends(?:\s+that)?|also\s+requests)\b/giu;
/** Where an object window ends: an infinitive ("to consider"), a modal, or the clause's end. */
const OBJECT_END =
  /\bto\s+(?!the\b|a\b|an\b|all\b|their\b|its\b|this\b|these\b|those\b|that\b|which\b|them\b|other\b|relevant\b)\p{Ll}+|\b(?:should|must|shall)\b|[;:.]/u;
/** Modals and passive calls whose subject is the addressee. */
const SUBJECT_VERB =
  /\b(?:should|must|shall|(?:are|is)\s+(?:(?:strongly\s+)?(?:urged|encouraged|invited|requested|recommended|called\s+upon|obligated|obliged|required)|to)\b)/giu;
/** Where a subject window starts: the clause boundary or relative word nearest before the modal. */
const SUBJECT_START = /(?:[.;:]\s+|\b(?:that|which|who|whether|where|when|if)\s+)/giu;
/** An opening adverbial ("To improve access to justice …, Member States should"). */
const ADVERBIAL =
  /^\s*(?:to|given|in|as|with|based|while|although|where|when|despite|through|for|building|recognizing)\b[^,]*,/iu;
/** Accompaniment: those the addressee acts with are mentioned, not addressed. */
const ACCOMPANIMENT =
  /\b(?:together\s+with|in\s+(?:close\s+)?(?:cooperation|collaboration|partnership|consultation|coordination)\s+with|with\s+the\s+(?:support|assistance|help)\s+of|supported\s+by|along\s+with)\b/giu;
/** A preposition right before an actor governs it: it is not the subject. */
const GOVERNED =
  /\b(?:of|for|from|to|with|between|among|against|on|within|across)\s+(?:the\s+|all\s+|relevant\s+|other\s+)*$/iu;

const BY = /\bby\s+(?:the\s+|all\s+|relevant\s+|other\s+)*$/iu;
/** A pronoun as the object of a calling verb. */
const PRONOUN_OBJECT = /^\s+(?:them|they)\b/u;
/** Where the clause a pronoun looks back into starts. */
const CLAUSE_END = /[.;:]\s/gu;

function objectWindows(text: string): Window[] {
  return [...text.matchAll(OBJECT_VERB)].flatMap((m) => {
    const verb = m.index ?? 0;
    const start = verb + m[0].length;
    const rest = OBJECT_END.exec(text.slice(start));
    const object: Window = { start, end: rest ? start + rest.index : text.length, agent: true };
    if (!PRONOUN_OBJECT.test(text.slice(start))) return [object];
    const clause = Math.max(
      0,
      ...[...text.slice(0, verb).matchAll(CLAUSE_END)].map((c) => (c.index ?? 0) + c[0].length),
    );
    return [object, { start: clause, end: verb, agent: true, antecedent: true }];
  });
}

function subjectWindows(text: string): Window[] {
  const boundaries = [...text.matchAll(SUBJECT_START)].map((m) => (m.index ?? 0) + m[0].length);
  return [...text.matchAll(SUBJECT_VERB)].map((m) => {
    const end = m.index ?? 0;
    let start = Math.max(0, ...boundaries.filter((b) => b <= end));
    const adverbial = ADVERBIAL.exec(text.slice(start, end));
    if (adverbial) start += adverbial[0].length;
    return { start, end };
  });
}

const excluded = (text: string): Window[] =>
  [...text.matchAll(ACCOMPANIMENT)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

/** Actors named in the windows, minus accompaniment and governed phrases, in text order, with where. */
function actorsIn(
  text: string,
  windows: readonly Window[],
  actors: readonly Mention[],
): Map<string, Mention[]> {
  const skip = excluded(text);
  const ids = new Map<string, Mention[]>();
  for (const a of [...actors].sort((x, y) => x.start - y.start)) {
    if (!a.target.startsWith('actor:') || a.start < 0) continue;
    const w = windows.find((x) => a.start >= x.start && a.end <= x.end);
    if (!w) continue;
    // Accompaniment runs to the end of its window: "in cooperation with A, B and C, to …".
    if (skip.some((s) => s.start >= w.start && s.start < a.start)) continue;
    const before = text.slice(w.start, a.start);
    if ((GOVERNED.test(before) && !w.antecedent) || (!w.agent && BY.test(before))) continue;
    ids.set(a.target, [...(ids.get(a.target) ?? []), a]);
  }
  return ids;
}

export interface AddresseeReading {
  /** Read subjects of modals and passive calls too (reports, general recommendations). */
  subjects: boolean;
}

/**
 * Explicit addressees of a text (method `rule`), each with the span refs of the words naming it
 * in provision `provisionId`; empty when it names none.
 */
export function explicitAddressees(
  text: string,
  actors: readonly Mention[],
  how: AddresseeReading,
  provisionId: string,
): Addressee[] {
  const windows = [...objectWindows(text), ...(how.subjects ? subjectWindows(text) : [])];
  return [...actorsIn(text, windows, actors)].map(([actorId, at]) => ({
    actorId,
    method: 'rule',
    spans: spanRefsOf(provisionId, at),
  }));
}
