// Headings and the section path they make: roman chapters (`VII. Recommendations`), lettered
// sections (`A. Addressing the root causes …`), sub-headings (`(i) Addressing socio-economic
// injustice`, or an unnumbered line of its own).

/** Heading levels: chapter, lettered section, sub-heading. */
export type HeadingLevel = 1 | 2 | 3;

/** A roman numeral as OCR may print it (`I1.` for `II.`): capital I, V, X, with 1 or l for I. */
const CHAPTER = /^((?=[IVXl1]*[IVX])[IVXl1]{1,5})\.\s*(.*)$/;
const LETTERED = /^([A-H])\.\s*(.*)$/;
const SUB = /^\(([ivx]{1,4})\)\s+(.*)$/;

export interface HeadingStart {
  level: HeadingLevel;
  /** The label as printed, normalised (`II.`, `A.`, `(iii)`), or '' for an unnumbered heading. */
  label: string;
  title: string;
}

/** Recognises a numbered heading line (label and whatever title stands on the same line). */
export function numberedHeading(line: string): HeadingStart | null {
  const t = line.trim();
  const c = CHAPTER.exec(t);
  if (c && looksLikeTitle(c[2]!)) return { level: 1, label: `${c[1]!.replace(/[1l]/g, 'I')}.`, title: c[2]! };
  const l = LETTERED.exec(t);
  if (l && looksLikeTitle(l[2]!)) return { level: 2, label: `${l[1]}.`, title: l[2]! };
  return null;
}

/** A `(i)` line that is a sub-heading rather than a roman sub-item. */
export function subHeading(line: string): HeadingStart | null {
  const s = SUB.exec(line.trim());
  return s && looksLikeTitle(s[2]!) ? { level: 3, label: `(${s[1]})`, title: s[2]! } : null;
}

/** A title: empty (it follows on the next line) or a phrase that does not end a sentence. */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t === '' || (t.length <= 160 && /^[\p{Lu}“"‘(]/u.test(t) && !/[.;,:]$/.test(t));
}

/** The section path: the open heading at each level. */
export class SectionPath {
  private readonly open: Array<string | undefined> = [];

  enter(level: HeadingLevel, text: string): void {
    this.open.length = level - 1;
    this.open[level - 1] = text;
  }

  /** Appends a title line to the heading opened last. */
  extend(text: string): void {
    const last = this.open.length - 1;
    if (last < 0) return;
    this.open[last] = `${this.open[last] ?? ''} ${text.trim()}`.replace(/\s+/g, ' ').trim();
  }

  get path(): string {
    return this.open.filter((s): s is string => !!s).join(' > ');
  }
}
