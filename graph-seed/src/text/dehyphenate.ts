import type { Vocabulary } from './vocabulary';

/** Words after which a line-end hyphen is a suspended compound (`gender- and age-sensitive`). */
const SUSPENDERS = new Set(['and', 'or', 'nor', 'to']);

/**
 * How a word broken at a line end is rejoined: `left-` at the end of one line and `right` at the
 * start of the next. Returns the joined word, or null to leave the break as it is (a suspended
 * hyphen such as `gender- and`). The corpus vocabulary decides: a compound seen whole inside a line
 * keeps its hyphen, a word seen unbroken loses it; failing both, two known words keep the hyphen.
 */
export function joinAcrossBreak(left: string, right: string, vocab: Vocabulary): string | null {
  const head = (left.split('-').pop() ?? left).replace(/^[^\p{L}]+/u, '');
  if (head === '' || !/\p{L}$/u.test(head) || !/^\p{L}/u.test(right)) return `${left}-${right}`;
  if (SUSPENDERS.has(right.toLowerCase()) && !vocab.hasCompound(head, right)) return null;
  if (vocab.hasCompound(head, right)) return `${left}-${right}`;
  if (vocab.count(head + right) > 0) return left + right;
  if (/^\p{Lu}/u.test(right)) return `${left}-${right}`;
  if (vocab.count(head) > 1 && vocab.count(right) > 0) return `${left}-${right}`;
  return left + right;
}

const HEAD = /^([^\p{L}]*)(\p{L}+)$/u;
const TAIL = /^(\p{L}+)([^\p{L}]*)$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Repairs words the extraction split with a stray space (`explic itly`, `vulnerabili ty`,
 * `Fr ance`): two adjacent letter runs are joined when the joined word is in the vocabulary and
 * at least one of the runs is a fragment (seen at most once, i.e. only here).
 */
export function repairSplitWords(line: string, vocab: Vocabulary): string {
  const tokens = line.split(' ');
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The cheap test first: the second run must open with a lower-case letter (most tokens fail it).
    if (!LOWER_START.test(tokens[i + 1]!)) continue;
    const a = HEAD.exec(tokens[i]!);
    const b = TAIL.exec(tokens[i + 1]!);
    if (!a || !b || !/^\p{Ll}/u.test(b[1]!)) continue;
    const fragment = Math.min(vocab.count(a[2]!), vocab.count(b[1]!)) <= 1;
    if (fragment && vocab.count(a[2]! + b[1]!) > 1) {
      tokens.splice(i, 2, `${a[1]}${a[2]}${b[1]}${b[2]}`);
      i--;
    }
  }
  return tokens.join(' ');
}

/**
 * Line-internal spacing the extraction got wrong: a space before the hyphen of a compound
 * (`anti -trafficking`, `UN -Women`), before an apostrophe-s (`Children ’s`), doubled spaces.
 */
export function normalizeSpacing(line: string): string {
  return line
    .replace(/([\p{L}\d]) -(?=\p{L})/gu, '$1-')
    .replace(/(\p{L}) ([’']s)\b/gu, '$1$2')
    .replace(/(\S) {2,}(?=\S)/g, '$1 ')
    .replace(/(\p{L}) ([.,;:])(?=\s|$)/gu, '$1$2');
}
