// Reading a regular expression's source text structurally: escapes skipped, character classes
// skipped, group depth tracked. The literal prefilter and the lookbehind split both need it.

/**
 * Walks `src` from `from`, calling `visit` with each character outside escapes and character classes
 * and the group depth after it (`(` counts before, `)` after); returns the index where `visit`
 * answered true, or -1.
 */
export function scanSource(src: string, from: number, visit: (c: string, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let j = from; j < src.length; j++) {
    const c = src[j] as string;
    if (c === '\\') j++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (visit(c, depth)) return j;
    }
  }
  return -1;
}

/** Index just past the `)` closing the group that opens at `from`, or -1 when it never closes. */
export function groupEnd(src: string, from = 0): number {
  const j = scanSource(src, from, (c, depth) => c === ')' && depth === 0);
  return j < 0 ? -1 : j + 1;
}

/** Whether `|` occurs at the top level of the source (outside groups and classes). */
export const hasTopLevelAlternation = (src: string): boolean =>
  scanSource(src, 0, (c, depth) => c === '|' && depth === 0) >= 0;
