import { type Word, words } from './nlp';

/** One ask of a recommendation: a clause with its own directive verb and object. */
export interface Ask {
  /** The recommendation's provision and the ask's character span in its text (end exclusive). */
  provisionId: string;
  start: number;
  end: number;
  text: string;
  /** The words of the ask, with offsets into the provision's text. */
  words: Word[];
}

// An operative verb of a resolution that opens a second call inside one paragraph: "…, and
// encourages Governments to …", "… and in this regard invites Governments to …".
const OPERATIVE = new Set([
  'urge',
  'call',
  'invite',
  'encourage',
  'request',
  'recommend',
  'stress',
  'emphasize',
]);
// Gerunds that introduce an example or a topic, not an action of their own.
const NOT_AN_ACTION = new Set([
  'including',
  'concerning',
  'regarding',
  'according',
  'following',
  'involving',
  'relating',
  'taking',
  'giving',
  'recognizing',
  'bearing',
]);
const CONJUNCTION = new Set([',', 'and', 'or', 'well']);
const MIN_WORDS = 4;
// A light verb with a general object asks nothing yet: "to take all appropriate measures, …, to
// facilitate …" asks what follows.
const LIGHT = /^(?:take|taking)$/i;
const LIGHT_OBJECT = /^(?:measures|steps|action)$/i;

/**
 * A piece with no directive of its own: its verbs are the operative verb ("Urges", "Calls upon"),
 * gerunds that introduce a circumstance ("taking into account …") and light verbs with a general
 * object ("to take all appropriate measures"); it names who is asked and how, and the ask is the
 * piece after it ("Invites Governments, with the support of …, | to provide training …").
 */
function isHead(g: readonly Word[]): boolean {
  return g.every((x, k) => {
    if (x.pos !== 'VERB') return true;
    if (OPERATIVE.has(x.lemma) || NOT_AN_ACTION.has(x.text.toLowerCase())) return true;
    return LIGHT.test(x.text) && g.slice(k + 1, k + 5).some((y) => LIGHT_OBJECT.test(y.text));
  });
}

/**
 * Whether the words before the coordination at i end on a preposition whose object comes after the
 * coordinated clause ("provide training for, and to raise awareness among, law enforcement …"):
 * both verbs share that object, so the clause is one ask.
 */
function danglingPreposition(w: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && CONJUNCTION.has(w[k]!.text.toLowerCase())) k--;
  return k >= 0 && k < i - 1 && w[k]!.pos === 'ADP';
}

/** True where a new ask starts at word i (the rules are in the module comment of splitAsks). */
function startsAsk(w: readonly Word[], i: number): boolean {
  const prev = w[i - 1];
  const cur = w[i]!;
  if (!prev) return false;
  if (cur.sentence !== prev.sentence) return true;
  if (prev.text === ';' || prev.text === ':') return true;
  const next = w[i + 1];
  if (cur.text.toLowerCase() === 'to' && next?.pos === 'VERB' && CONJUNCTION.has(prev.text.toLowerCase()))
    return !danglingPreposition(w, i);
  if (cur.pos === 'VERB' && OPERATIVE.has(cur.lemma) && /s$/.test(cur.text)) {
    return prev.text.toLowerCase() === 'and' || prev.text === ',' || prev.lemma === 'regard';
  }
  return (
    prev.text === ',' &&
    cur.pos === 'VERB' &&
    /ing$/i.test(cur.text) &&
    !NOT_AN_ACTION.has(cur.text.toLowerCase())
  );
}

/** The span [start, end) with its edge punctuation and dangling conjunctions trimmed. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (;;) {
    const piece = text.slice(s, e);
    const lead = /^[\s,;:.()“”"'‘’-]+/u.exec(piece)?.[0].length ?? 0;
    const tail = /(?:[\s,;:.()“”"'‘’-]|\b(?:and|or|as well as)\b)+$/iu.exec(piece)?.[0].length ?? 0;
    if (lead === 0 && tail === 0) return [s, e];
    s += lead;
    e -= tail;
    if (e <= s) return [s, s];
  }
}

/**
 * The asks of a provision's text. A new ask starts at a sentence, after a semicolon or colon, at
 * "(, | and | or | as well as) to <verb>", at a second operative verb ("and encourages …"), and at
 * a comma before an action gerund ("…, ensuring …", "…, combating corruption …"). A piece of fewer
 * than four words stays with the ask before it, and a head (the operative verb with whom it asks,
 * `isHead`) with the ask after it. Written on wink-nlp's sentences and parts of
 * speech; a clause parser's frames can replace `startsAsk` without changing the result's shape.
 */
export function splitAsks(provisionId: string, text: string, w: readonly Word[] = words(text)): Ask[] {
  const groups: Word[][] = [];
  for (let i = 0; i < w.length; i++) {
    const last = groups.at(-1);
    if (!last || (startsAsk(w, i) && last.filter((x) => x.pos !== 'PUNCT').length >= MIN_WORDS)) {
      groups.push([w[i]!]);
    } else last.push(w[i]!);
  }
  const tail = groups.at(-1);
  if (groups.length > 1 && tail && tail.filter((x) => x.pos !== 'PUNCT').length < MIN_WORDS) {
    groups.pop();
    groups.at(-1)!.push(...tail);
  }
  // a head joins the ask after it in its sentence
  const asks: Word[][] = [];
  let head: Word[] = [];
  groups.forEach((g, k) => {
    const next = groups[k + 1];
    if (next && next[0]!.sentence === g.at(-1)!.sentence && isHead(g)) head.push(...g);
    else {
      asks.push([...head, ...g]);
      head = [];
    }
  });
  return asks.flatMap((g) => {
    const [start, end] = trimmed(text, g[0]!.start, g.at(-1)!.end);
    if (end <= start) return [];
    const inside = g.filter((x) => x.start >= start && x.end <= end);
    return [{ provisionId, start, end, text: text.slice(start, end), words: inside }];
  });
}
