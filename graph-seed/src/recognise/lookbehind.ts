import { groupEnd, hasTopLevelAlternation } from './regex-source';
/**
 * A regex that opens with a lookbehind ("(?<![\p{L}\p{N}])States", "(?<![-A-Za-z]|United )States")
 * is slow twice over: the engine tests the lookbehind at every position of the text before it can
 * look for the first letter, and compiling a Unicode class inside a lookbehind costs the engine
 * about a millisecond per regex. Split off, the rest of the regex runs as a fast scan, and the
 * lookbehind, compiled once for all the regexes that share it, is tested only where the rest
 * matched. The matches are exactly those of the whole regex: a lookbehind takes no characters,
 * so where it holds the rest matches as it would have, and where it fails the scan goes on from
 * the next position, as the engine would.
 */

export interface SplitRegex {
  /** The regex without its opening lookbehind (global). */
  re: RegExp;
  /** The lookbehind alone (sticky), if the source opened with one. */
  guard?: RegExp;
}

const guards = new Map<string, RegExp>();

export function splitRegex(source: string, flags: string): SplitRegex {
  const end = source.startsWith('(?<!') || source.startsWith('(?<=') ? groupEnd(source) : -1;
  const rest = source.slice(end);
  // The lookbehind governs the whole regex only without a top-level "|"; a backreference could
  // reach into it, and a quantifier after it would make no sense: such sources stay whole.
  if (end < 0 || hasTopLevelAlternation(source) || /\\(?:\d|k<)/.test(source) || /^[?*+{]/.test(rest))
    return { re: new RegExp(source, flags) };
  const head = source.slice(0, end);
  const guardFlags = `${flags.replace('g', '')}y`;
  const key = `${guardFlags}/${head}`;
  let guard = guards.get(key);
  if (!guard) {
    guard = new RegExp(head, guardFlags);
    guards.set(key, guard);
  }
  return { re: new RegExp(rest, flags), guard };
}

/** Every match of the regex in the text, as `text.matchAll` would give them for the whole source. */
export function* execAll(r: SplitRegex, text: string): Generator<RegExpExecArray> {
  if (!r.guard) {
    yield* text.matchAll(r.re);
    return;
  }
  const re = new RegExp(r.re.source, r.re.flags);
  const unicode = re.unicode;
  const step = (i: number) => (unicode && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  let from = 0;
  while (from <= text.length) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return;
    r.guard.lastIndex = m.index;
    if (r.guard.test(text)) {
      yield m;
      from = m[0].length > 0 ? m.index + m[0].length : m.index + step(m.index);
    } else from = m.index + step(m.index);
  }
}
