import { type Requirement, requirement } from './literals';
import { type SplitRegex, splitRegex } from './lookbehind';

/**
 * The regexes of one catalogue with their filters (literals.ts): before the regexes run over a
 * text, one pass over it finds which of all their literals it contains, and a regex runs only
 * where its requirement is met. The cost per text is then one scan plus a lookup per regex,
 * instead of one scan per regex.
 */

/** A requirement with its literals numbered in the filter's automaton. */
type Need = number | { any: Need[] } | { all: Need[] };

/** A compiled regex (run it with `execAll`) and what a text needs for it to match there. */
export interface FilteredRegex extends SplitRegex {
  needs?: Need;
  filter: Prefilter;
}

/** Lower case as the `iu` flags compare ASCII letters: "ſ" (long s) folds to "s" there. */
const fold = (text: string): string => text.toLowerCase().replace(/ſ/g, 's');

/**
 * An Aho-Corasick automaton over the literals: one step per character of the text, whatever
 * the number of literals. Characters no literal contains share class 0, which leads back to
 * the start.
 */
interface Automaton {
  /** Character code → class (0: in no literal). */
  classes: Uint8Array;
  width: number;
  /** state × width + class → next state. */
  next: Int32Array;
  /** Literals that end at each state (its own and those of its suffixes). */
  ends: Array<number[] | undefined>;
}

function automaton(literals: readonly string[]): Automaton {
  const classes = new Uint8Array(0x10000);
  let width = 1;
  for (const l of literals)
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (classes[c] === 0) classes[c] = width++;
    }
  // The trie, one row of `width` children per state (0: none yet; the start state is 0).
  const rows: Int32Array[] = [new Int32Array(width)];
  const ends: Array<number[] | undefined> = [undefined];
  literals.forEach((l, id) => {
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const k = classes[l.charCodeAt(i)] as number;
      const row = rows[s] as Int32Array;
      if (row[k] === 0) {
        row[k] = rows.length;
        rows.push(new Int32Array(width));
        ends.push(undefined);
      }
      s = row[k] as number;
    }
    ends[s] = [...(ends[s] ?? []), id];
  });
  // Breadth first: a missing child becomes the fallback's child, and every state also ends the
  // literals its longest proper suffix state ends.
  const next = new Int32Array(rows.length * width);
  const fallback = new Int32Array(rows.length);
  const queue: number[] = [];
  for (let k = 1; k < width; k++) {
    const child = (rows[0] as Int32Array)[k] as number;
    next[k] = child;
    if (child !== 0) queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const f = fallback[s] as number;
    const inherited = ends[f];
    if (inherited) ends[s] = [...(ends[s] ?? []), ...inherited];
    const row = rows[s] as Int32Array;
    for (let k = 1; k < width; k++) {
      const child = row[k] as number;
      if (child === 0) next[s * width + k] = next[f * width + k] as number;
      else {
        next[s * width + k] = child;
        fallback[child] = next[f * width + k] as number;
        queue.push(child);
      }
    }
  }
  return { classes, width, next, ends };
}

export class Prefilter {
  private readonly ids = new Map<string, number>();
  private machine: Automaton | undefined;
  // The last text scanned and the generation its literals were marked with: a text is
  // scanned once however many regexes of the catalogue then run over it.
  private last: string | undefined;
  private generation = 0;
  private seen = new Uint32Array(0);

  /** `caseless`: the regexes have the `i` flag (all the filter's regexes share it). */
  constructor(private readonly caseless: boolean) {}

  /** Compiles a regex of the catalogue (flags `gu` or `giu`) and registers its literals. */
  compile(source: string, flags: string): FilteredRegex {
    const r = requirement(source, this.caseless);
    const compiled = splitRegex(source, flags);
    return r === undefined
      ? { ...compiled, filter: this }
      : { ...compiled, needs: this.number(r), filter: this };
  }

  private number(r: Requirement): Need {
    if (typeof r !== 'string')
      return 'any' in r
        ? { any: r.any.map((x) => this.number(x)) }
        : { all: r.all.map((x) => this.number(x)) };
    let id = this.ids.get(r);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(r, id);
      this.machine = undefined;
    }
    return id;
  }

  private scan(text: string): void {
    if (text === this.last && this.machine) return;
    if (!this.machine) {
      this.machine = automaton([...this.ids.keys()]);
      this.seen = new Uint32Array(this.ids.size);
      this.generation = 0;
    }
    this.last = text;
    const g = ++this.generation;
    const { classes, width, next, ends } = this.machine;
    const t = this.caseless ? fold(text) : text;
    let s = 0;
    for (let i = 0; i < t.length; i++) {
      s = next[s * width + (classes[t.charCodeAt(i)] as number)] as number;
      const found = ends[s];
      if (found) for (const id of found) this.seen[id] = g;
    }
  }

  private meets(need: Need): boolean {
    if (typeof need === 'number') return this.seen[need] === this.generation;
    if ('any' in need) return need.any.some((x) => this.meets(x));
    return need.all.every((x) => this.meets(x));
  }

  /** False where the regex cannot match in `text` (the text as is: the filter folds it itself). */
  mayMatch(f: FilteredRegex, text: string): boolean {
    if (f.needs === undefined) return true;
    this.scan(text);
    return this.meets(f.needs);
  }
}

/** Shorthand: whether a filtered regex may match in the text. */
export const mayMatch = (f: FilteredRegex, text: string): boolean => f.filter.mayMatch(f, text);
