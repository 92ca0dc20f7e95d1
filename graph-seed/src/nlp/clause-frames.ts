import { analyse, isVerb, type Token } from './analyse';
import {
  CALLING_VERBS,
  CARRIERS,
  CARRYING_VERBS,
  DUTY_NOUNS,
  MODALS,
  NEGATORS,
  TRAINING_HEADS,
} from './lexicon';
import { clauseRoles, type RoleSpan } from './roles';

export type { Role, RoleSpan } from './roles';

/**
 * How a clause calls for action (its directive head):
 * - `imperative`: it opens with a bare verb ("Ensure …", "Train …");
 * - `modal`: should, must, shall, ought, "is/are to", "are required/urged/encouraged to";
 * - `calling`: a calling verb with its addressee as object ("urges States to …");
 * - `duty`: a noun of duty with its infinitive ("a duty to prevent");
 * - `carried`: it has none of its own but continues one: the items of a lead-in ("… should: (a) …"),
 *   the chapeau passed as `leadIn`, or a "This/These include …" sentence after a directive.
 */
export type DirectiveKind = 'imperative' | 'modal' | 'calling' | 'duty' | 'carried';

export interface TextSpan {
  start: number;
  end: number;
}

export interface FrameVerb extends TextSpan {
  lemma: string;
  /** Under "not", "never", "no" — also as one of a coordination the negation governs. */
  negated: boolean;
  /** After a form of "be": "should be trained". */
  passive: boolean;
}

/** The frame of one clause (a sentence, or a part of one between ";" or after a lead-in ":"). */
export interface ClauseFrame extends TextSpan {
  directive?: TextSpan & { kind: DirectiveKind; word: string };
  /** Who the directive calls on: the subject of a modal, the object of a calling verb. */
  addressee?: TextSpan;
  /** The verbs of the clause, in order, outside relative clauses and conditions. */
  verbs: FrameVerb[];
  /** From the first action verb to the first phrase with another role, or the clause end. */
  object?: TextSpan;
  roles: RoleSpan[];
  /** Whether the clause ends with ":" and so leads into the items after it. */
  leadsIn: boolean;
}

const PUNCT_BREAK = new Set([';', ':']);
const SKIP_OPENING = new Set([
  'also',
  'further',
  'and',
  'moreover',
  'furthermore',
  'in',
  'addition',
  'again',
  'strongly',
]);
const MARKER = /^(?:\(?[a-z]{1,4}\)|\(?\d+\)|[•●▪◦·\-–—*])$/iu;

interface Range {
  from: number;
  to: number;
}

/** Clauses of a sentence: split after ";" and ":". */
function clausesOf(tokens: readonly Token[], from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (PUNCT_BREAK.has(tokens[i]?.value ?? '')) {
      out.push({ from: start, to: i + 1 });
      start = i + 1;
    }
  }
  if (start < to) out.push({ from: start, to });
  return out;
}

/** The first token of a clause after list markers and openers such as "Also", "Further". */
function opening(tokens: readonly Token[], r: Range): number {
  let i = r.from;
  while (i < r.to) {
    const t = tokens[i] as Token;
    if (t.pos === 'PUNCT' || MARKER.test(t.value) || SKIP_OPENING.has(t.lower)) i++;
    else if (tokens[i + 1]?.value === ')' && t.value.length <= 4) i += 2;
    else break;
  }
  return i;
}

/** What may follow an imperative read as a name: its object. */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM']);

const isBaseVerb = (t: Token | undefined) => t !== undefined && t.lower === t.lemma;

function directiveOf(
  tokens: readonly Token[],
  r: Range,
  mainInfinitives: Set<number>,
): (TextSpan & { kind: DirectiveKind; word: string; at: number }) | undefined {
  const head = (kind: DirectiveKind, at: number) => {
    const t = tokens[at] as Token;
    return { kind, word: t.lower, start: t.start, end: t.end, at };
  };
  const first = opening(tokens, r);
  const t0 = tokens[first];
  const next = tokens[first + 1];
  // A bare verb opens an imperative. The tagger reads some ("Train", "Guarantee") as names: a
  // capitalised base form then counts where no auxiliary follows soon and it is no plural noun.
  // "International law requires …": a verb in the third person soon after makes the opening its subject.
  const finiteSoon = tokens
    .slice(first + 1, first + 5)
    .some((t) => t.pos === 'VERB' && t.lower !== t.lemma && /[^s]s$/u.test(t.lower));
  const auxSoon = tokens.slice(first + 1, first + 5).some((t) => t.pos === 'AUX' || MODALS.has(t.lower));
  if (
    t0 &&
    isBaseVerb(t0) &&
    /^\p{Lu}/u.test(t0.value) &&
    !auxSoon &&
    (isVerb(t0) ||
      ((t0.pos === 'PROPN' || t0.pos === 'NOUN') &&
        OBJECT_START.has(next?.pos ?? '') &&
        !finiteSoon &&
        !/[^s]s$/u.test(t0.lower))) &&
    !CALLING_VERBS.has(t0.lemma)
  )
    return head('imperative', first);
  for (let i = first; i < r.to; i++) {
    const t = tokens[i] as Token;
    if (CALLING_VERBS.has(t.lemma) && t.pos === 'VERB' && !isBaseVerb(t)) {
      if (t.lemma === 'call' && !['upon', 'on', 'for'].includes(tokens[i + 1]?.lower ?? '')) continue;
      noteFirstInfinitive(tokens, i + 1, r.to, mainInfinitives);
      return head('calling', i);
    }
    if (MODALS.has(t.lower)) {
      noteFirstInfinitive(tokens, i + 1, r.to, mainInfinitives);
      return head('modal', i);
    }
    // "are to V", "are required / urged / encouraged to V"
    if ((t.lemma === 'be' || t.pos === 'AUX') && tokens[i + 1]?.lower === 'to' && isVerb(tokens[i + 2])) {
      mainInfinitives.add(i + 1);
      return head('modal', i);
    }
    if (
      t.lemma === 'be' &&
      /^(?:required|obliged|obligated|urged|encouraged|invited|requested|called)$/u.test(
        tokens[i + 1]?.lower ?? '',
      )
    ) {
      noteFirstInfinitive(tokens, i + 1, r.to, mainInfinitives);
      return head('modal', i + 1);
    }
    if (DUTY_NOUNS.has(t.lemma) && tokens[i + 1]?.lower === 'to' && isVerb(tokens[i + 2])) {
      mainInfinitives.add(i + 1);
      return head('duty', i);
    }
  }
  return undefined;
}

/** The first "to V" after a directive is the action called for, never a purpose. */
function noteFirstInfinitive(tokens: readonly Token[], from: number, to: number, out: Set<number>): void {
  for (let i = from; i < to; i++) {
    if (tokens[i]?.lower === 'to' && isVerb(tokens[i + 1])) {
      out.add(i);
      return;
    }
    if (tokens[i]?.value === ';') return;
  }
}

/**
 * Verbs of a clause with negation and the passive spread over coordination ("not detained,
 * charged or prosecuted"; "are identified, assisted and protected").
 */
function verbsOf(tokens: readonly Token[], r: Range, roles: readonly RoleSpan[]): FrameVerb[] {
  const out: FrameVerb[] = [];
  let negation = false;
  // The previous verb was passive and only a coordination stands between it and this one.
  let passiveRun = false;
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i] as Token;
    if (NEGATORS.has(t.lower)) negation = true;
    if (t.pos === 'PUNCT' && t.value !== ',') negation = false;
    if (!isVerb(t) && !(t.pos === 'CCONJ' || t.value === ',' || t.pos === 'ADV')) passiveRun = false;
    if (!isVerb(t)) {
      // A coordination keeps the negation; anything else but adverbs and auxiliaries ends it.
      if (
        !(
          t.pos === 'CCONJ' ||
          t.value === ',' ||
          t.pos === 'ADV' ||
          t.pos === 'AUX' ||
          t.pos === 'PART' ||
          NEGATORS.has(t.lower)
        )
      )
        negation = false;
      continue;
    }
    if (
      roles.some(
        (x) => (x.role === 'relative' || x.role === 'condition') && t.start >= x.start && t.end <= x.end,
      )
    )
      continue;
    const before = tokens.slice(Math.max(r.from, i - 3), i);
    // A participle ("protected") coordinated with a passive verb is passive too; a base form
    // ("and protect") starts an active verb of its own.
    const participle = t.lower !== t.lemma && /(?:ed|en|wn|ne)$/u.test(t.lower);
    const passive: boolean =
      before.some((b) => b.lemma === 'be' || b.lower === 'been') || (passiveRun && participle);
    out.push({
      lemma: t.lemma,
      start: t.start,
      end: t.end,
      // wink's own flag marks words after some verbs of prevention too: only "not", "never" … count.
      negated: negation,
      passive,
    });
    passiveRun = passive;
  }
  return out;
}

function frameOf(tokens: readonly Token[], r: Range): ClauseFrame {
  const mainInfinitives = new Set<number>();
  const d = directiveOf(tokens, r, mainInfinitives);
  const roles = clauseRoles(tokens, r.from, r.to, mainInfinitives);
  const verbs = verbsOf(tokens, r, roles);
  const first = tokens[r.from] as Token;
  const last = tokens[r.to - 1] as Token;
  const frame: ClauseFrame = {
    start: first.start,
    end: last.end,
    verbs,
    roles,
    leadsIn: last.value === ':',
  };
  if (d) {
    frame.directive = { kind: d.kind, word: d.word, start: d.start, end: d.end };
    const open = tokens[opening(tokens, r)];
    if (d.kind === 'modal' && open && open.start < d.start)
      frame.addressee = { start: open.start, end: tokens[d.at - 1]?.end ?? d.start };
    if (d.kind === 'calling') {
      const inf = [...mainInfinitives][0];
      const objStart =
        tokens[d.at + 1 + (tokens[d.at + 1]?.lower === 'upon' || tokens[d.at + 1]?.lower === 'on' ? 1 : 0)];
      const objEnd = inf !== undefined ? tokens[inf - 1] : undefined;
      if (objStart && objEnd && objEnd.end > objStart.start)
        frame.addressee = { start: objStart.start, end: objEnd.end };
    }
  }
  // "Officials should be trained": the subject of a passive verb of training is those trained.
  if (frame.addressee && verbs.some((v) => v.passive && TRAINING_HEADS.has(v.lemma)))
    roles.push({ role: 'trainee', ...frame.addressee });
  const action = verbs.find((v) => !frame.addressee || v.start >= frame.addressee.end);
  if (action) {
    const after = roles.filter((x) => x.start > action.end).map((x) => x.start);
    frame.object = { start: action.end, end: Math.min(frame.end, ...after) };
  }
  return frame;
}

/** Whether a clause opens "This includes …", "These include …": it continues the frame before it. */
function carries(tokens: readonly Token[], r: Range): boolean {
  const i = opening(tokens, r);
  return CARRIERS.has(tokens[i]?.lower ?? '') && CARRYING_VERBS.has(tokens[i + 1]?.lemma ?? '');
}

/**
 * The clause frames of a text, in order. `leadIn`: the text that governs this one (the chapeau
 * of a sub-item or bullet); its directive carries into the opening clauses that have none.
 * Offsets are into `text`. Deterministic; the text's reading is memoised (nlp/analyse.ts).
 */
export function clauseFrames(text: string, leadIn?: string): ClauseFrame[] {
  const { tokens, sentences } = analyse(text);
  const frames: ClauseFrame[] = [];
  let carried = leadIn ? leadDirective(leadIn) : undefined;
  for (const s of sentences) {
    for (const r of clausesOf(tokens, s.from, s.to)) {
      if (r.to <= r.from) continue;
      const f = frameOf(tokens, r);
      const previous = frames[frames.length - 1];
      if (!f.directive && carries(tokens, r) && previous?.directive)
        f.directive = { kind: 'carried', word: previous.directive.word, start: f.start, end: f.start };
      else if (!f.directive && carried)
        f.directive = { kind: 'carried', word: carried, start: f.start, end: f.start };
      frames.push(f);
      // A lead-in governs the items after it up to the end of its sentence list.
      if (f.leadsIn && f.directive) carried = f.directive.word;
      else if (text.slice(f.start, f.end).trimEnd().endsWith('.')) carried = undefined;
    }
  }
  return frames;
}

/** The directive a lead-in text passes on to its items, if any. */
function leadDirective(leadIn: string): string | undefined {
  const frames = clauseFrames(leadIn);
  return [...frames].reverse().find((f) => f.directive)?.directive?.word;
}
