import { groupEnd } from './regex-source';
/**
 * A cheap test that rules out most texts before a regular expression runs over them. Catalogue
 * patterns open with `\b` or a lookbehind, so the regex engine cannot skip ahead to a likely
 * start and tries every position: hundreds of patterns × every provision was most of the seed's
 * time. Almost every pattern contains a stretch of plain characters that any match must contain
 * ("poverty", "ember" of "[Mm]ember\s+States"); a text that lacks it cannot match, and one
 * scan of the text for all such literals at once (prefilter.ts) finds that out far faster than
 * the regexes.
 *
 * The reading of the source is conservative: where it is unsure (a class, an optional group, a
 * lookaround), it ends the stretch, so the filter may let through a text that does not match but
 * never stops one that does. A pattern with an alternative that has no stretch of
 * `MIN_LITERAL` characters, inside a required group or not, gets no filter and always runs.
 */

const MIN_LITERAL = 3;

/** Index just past the group that opens at `i`, skipping escapes and classes; the end when it never closes. */
function closing(src: string, i: number): number {
  const end = groupEnd(src, i);
  return end < 0 ? src.length : end;
}

/** The alternatives of a source at the top level (`a|b(c|d)` → `a`, `b(c|d)`). */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '(' || c === '[') j = (c === '[' ? classEnd(src, j) : closing(src, j)) - 1;
    else if (c === '|') {
      out.push(src.slice(from, j));
      from = j + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j + 1;
  }
  return src.length;
}

/** Length of the quantifier at `i` (0 if none) and whether it allows zero repetitions. */
function quantifier(src: string, i: number): { length: number; optional: boolean } {
  const c = src[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') [length, optional] = [1, true];
  else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (m) [length, optional] = [m[0].length, m[1] === '0'];
  }
  if (length > 0 && src[i + length] === '?') length++; // lazy
  return { length, optional };
}

// Escapes that stand for one plain character.
const PLAIN_ESCAPE = /^[^A-Za-z0-9]$/;
// Escapes of a class or code point, with their argument: \p{L}, \u{2019}, \u2019, \x41, \k<n>.
const ESCAPE_ARGUMENT = /^(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+|.)/s;

/**
 * What every match must contain: a literal, one of several (the alternatives of a source or of
 * a group), or all of several (the stretches and required groups of one alternative).
 */
export type Requirement = string | { any: Requirement[] } | { all: Requirement[] };

/** What every match of one alternative contains: its stretches of plain characters, its required groups. */
function alternativeRequirement(alt: string, caseless: boolean): Requirement | undefined {
  const parts: Requirement[] = [];
  let run = '';
  const end = () => {
    if (run.length >= MIN_LITERAL) parts.push(run);
    run = '';
  };
  let i = 0;
  while (i < alt.length) {
    const c = alt[i] as string;
    let char: string | undefined;
    let group: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const arg = ESCAPE_ARGUMENT.exec(alt.slice(i + 1))?.[0] ?? '';
      next = i + 1 + arg.length;
      // \b and \B take no character: the stretch goes on across them.
      if (arg === 'b' || arg === 'B') {
        i = next;
        continue;
      }
      if (PLAIN_ESCAPE.test(arg)) char = arg;
    } else if (c === '(') {
      next = closing(alt, i);
      // A lookaround takes no character and constrains nothing here; a group is read inside.
      const inner = /^\((?:\?:|\?<(?![=!])[^>]*>)?/.exec(alt.slice(i, next))?.[0] ?? '(';
      if (!/^\(\?(?:[=!]|<[=!])/.test(alt.slice(i))) group = alt.slice(i + inner.length, next - 1);
    } else if (c === '[') next = classEnd(alt, i);
    else if (!'.^$'.includes(c)) char = c;
    const q = quantifier(alt, next);
    // Printable ASCII only: beyond it, case folding under the `i` flag goes further than
    // toLowerCase, and the scanner's alphabet stays small.
    const plain = char !== undefined && /^[\x20-\x7e]$/.test(char);
    if (plain && !q.optional) run += caseless ? (char as string).toLowerCase() : char;
    if (!plain || q.length > 0) end();
    if (group !== undefined && !q.optional) {
      const r = requirement(group, caseless);
      if (r !== undefined) parts.push(r);
    }
    i = next + q.length;
  }
  end();
  if (parts.length === 0) return undefined;
  // Longest literal first: the likeliest to be missing.
  parts.sort((a, b) => weight(b) - weight(a));
  return parts.length === 1 ? parts[0] : { all: parts };
}

const weight = (r: Requirement): number => (typeof r === 'string' ? r.length : 0);

/**
 * What a text must contain for `source` to match in it, or undefined when nothing can be said.
 * `caseless`: the regex has the `i` flag, and the literals are lower case.
 */
export function requirement(source: string, caseless: boolean): Requirement | undefined {
  const any: Requirement[] = [];
  for (const alt of alternatives(source)) {
    const r = alternativeRequirement(alt, caseless);
    if (r === undefined) return undefined;
    any.push(r);
  }
  return any.length === 1 ? any[0] : { any };
}
