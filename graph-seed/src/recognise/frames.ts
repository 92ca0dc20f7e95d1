import type { FrameEntry } from '../catalogue';
import type { Token } from '../nlp/analyse';
import type { ClauseFrame, Role } from '../nlp/clause-frames';
import type { Span } from './span-index';

/**
 * Catalogue frames (catalogue/meaning.ts) matched over the lemmas of a clause: a head word of
 * the verb class, then — in the same clause, within a few words — one of the object class;
 * before the head where the verb is passive ("victims are not detained"). The head's polarity
 * must be the frame's. The object `@root-cause` stands for any root cause the text discusses
 * (recognise/causes.ts): a call to address a driver is a call to prevent.
 */
export interface CompiledFrame {
  verbs: string[][];
  objects: string[][];
  polarity: FrameEntry['polarity'];
  /** Whether a root-cause mention of the text may be the object. */
  drivers: boolean;
  barred: ReadonlySet<Role>;
}

/** The object that stands for a root cause of the text. */
export const ROOT_CAUSE = '@root-cause';

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean);

export const compileFrame = (f: FrameEntry): CompiledFrame => ({
  verbs: f.verbs.map(words),
  objects: f.objects.filter((o) => o !== ROOT_CAUSE).map(words),
  polarity: f.polarity,
  drivers: f.objects.includes(ROOT_CAUSE),
  barred: new Set(f.barred),
});

/** How far from its head an object may stand, in tokens; a driver is named close to its verb. */
const AFTER = 10;
const DRIVER_AFTER = 6;
const BEFORE = 8;
/** Words that may stand inside a multi-word head: "build the capacity", "strengthen their capacity". */
const FILLER = new Set(['DET', 'ADJ', 'PRON', 'ADP']);

const same = (t: Token | undefined, w: string) => t !== undefined && (t.lemma === w || t.lower === w);

/** Where a phrase of `seq` words starts at token `i`, the index after it; -1 if it does not. */
function spell(
  tokens: readonly Token[],
  i: number,
  seq: readonly string[],
  to: number,
  filler: boolean,
): number {
  let k = i;
  for (const [n, w] of seq.entries()) {
    if (n > 0 && filler)
      while (k < to && !same(tokens[k], w) && FILLER.has(tokens[k]?.pos ?? '') && k - i < 4) k++;
    // Hyphenated words are three tokens ("information", "-", "sharing"): the hyphen is skipped.
    if (n > 0 && tokens[k]?.value === '-') k++;
    if (k >= to || !same(tokens[k], w)) return -1;
    k++;
  }
  return k;
}

/** Every match of a frame in the clauses of a text: spans from head to object (either order). */
export function matchFrame(
  f: CompiledFrame,
  tokens: readonly Token[],
  frames: readonly ClauseFrame[],
  drivers: readonly Span[] = [],
): Array<Span & { head: number; barred: ReadonlySet<Role> }> {
  const objects: ObjectClass = { frame: f, drivers: f.drivers ? drivers : [] };
  const out: Array<Span & { head: number; barred: ReadonlySet<Role> }> = [];
  for (const clause of frames) {
    const from = tokens.findIndex((t) => t.start >= clause.start);
    if (from < 0) continue;
    let to = from;
    while (to < tokens.length && (tokens[to] as Token).end <= clause.end) to++;
    for (let i = from; i < to; i++) {
      for (const v of f.verbs) {
        const after = spell(tokens, i, v, to, true);
        if (after < 0) continue;
        const head = tokens[i] as Token;
        const verb = clause.verbs.find((x) => x.start === head.start);
        const negated = verb?.negated ?? false;
        if ((f.polarity === 'negated' && !negated) || (f.polarity === 'affirmed' && negated)) continue;
        const object =
          findObject(
            objects,
            tokens,
            after,
            Math.min(to, after + (f.drivers ? DRIVER_AFTER : AFTER)),
            true,
          ) ?? (verb?.passive ? findObject(objects, tokens, Math.max(from, i - BEFORE), i) : undefined);
        if (!object) continue;
        const lastHead = tokens[after - 1] as Token;
        out.push({
          start: Math.min(head.start, object.start),
          end: Math.max(lastHead.end, object.end),
          head: head.start,
          barred: f.barred,
        });
      }
    }
  }
  return out;
}

/** Where a verb is only one of a coordination with the head: "identify, protect and support victims". */
const COORDINATING = (t: Token | undefined) => t !== undefined && (t.pos === 'CCONJ' || t.value === ',');

/**
 * Whether the verb at `k` heads a clause of its own: not one coordinated with the head, nor a
 * participle before its noun ("cooperation with receiving States") — unless "to" or "by" opens it.
 */
function ownClause(f: CompiledFrame, tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  if (t?.pos !== 'VERB' || COORDINATING(tokens[k - 1])) return false;
  if (['to', 'by'].includes(tokens[k - 1]?.lower ?? '')) return true;
  // Participles before their noun may be coordinated: "between repatriating and receiving countries".
  let j = k + 1;
  while (
    j < to &&
    j - k < 5 &&
    ATTRIBUTIVE.has(tokens[j]?.pos ?? '') &&
    !f.objects.some((o) => spell(tokens, j, o, to, false) > 0)
  )
    j++;
  return !f.objects.some((o) => spell(tokens, j, o, to, false) > 0);
}

const ATTRIBUTIVE = new Set(['VERB', 'ADJ', 'CCONJ', 'PUNCT']);

/**
 * The first object of the frame's class in tokens `from`..`to`. `ownVerb`: the object follows
 * the head, so it must be the head's own — a verb of another clause between them ("identify
 * projects to provide assistance to victims") ends the search, a verb coordinated with the head
 * does not.
 */
interface ObjectClass {
  frame: CompiledFrame;
  /** Root-cause spans that count as objects (`@root-cause`). */
  drivers: readonly Span[];
}

function findObject(
  { frame: f, drivers }: ObjectClass,
  tokens: readonly Token[],
  from: number,
  to: number,
  ownVerb = false,
): Span | undefined {
  for (let k = from; k < to; k++) {
    if ([';', ':', '.'].includes(tokens[k]?.value ?? '')) return undefined;
    const t = tokens[k] as Token;
    // A driver named in a clause of its own ("an approach that empowers women") is not the object.
    if (ownVerb && k > from && drivers.length > 0 && ownClause(f, tokens, k, to)) return undefined;
    const driver = drivers.find((d) => d.start >= t.start && d.start < t.end);
    if (driver) return { start: t.start, end: driver.end };
    for (const o of f.objects) {
      const end = spell(tokens, k, o, to, false);
      if (end > 0) return { start: (tokens[k] as Token).start, end: (tokens[end - 1] as Token).end };
    }
    if (ownVerb && k > from && ownClause(f, tokens, k, to)) return undefined;
  }
  return undefined;
}
