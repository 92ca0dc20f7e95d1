// Questions asked of many spans of one text, many times over ("does a name hold this match?",
// "does a negative pattern touch it?"): spans sorted by start with a running maximum of their ends,
// so each question is a binary search. A provision of a megabyte with thousands of names and
// matches then costs n log n rather than n × n; the answers are those of a scan over all the spans.

export interface Span {
  start: number;
  end: number;
}

/** Up to this many spans, a plain scan answers sooner than sorting them would (most provisions). */
const SCAN_UP_TO = 8;

export class SpanIndex {
  private readonly few: readonly Span[] | null;
  private readonly starts: number[] = [];
  /** maxEnd[i]: the largest end among the spans sorted at 0..i. */
  private readonly maxEnd: number[] = [];

  constructor(spans: readonly Span[]) {
    this.few = spans.length <= SCAN_UP_TO ? spans : null;
    if (this.few) return;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = Number.NEGATIVE_INFINITY;
    this.maxEnd = sorted.map((s) => {
      max = Math.max(max, s.end);
      return max;
    });
  }

  /** How many spans start before `at` (strictly). */
  private startingBefore(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many spans start at or before `at`. */
  private startingBy(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether some span holds `s` whole: starts at or before it, ends at or after its end. */
  contains(s: Span): boolean {
    if (this.few) return this.few.some((n) => s.start >= n.start && s.end <= n.end);
    const k = this.startingBy(s.start);
    return k > 0 && this.maxEnd[k - 1]! >= s.end;
  }

  /** Whether some span holds the position `at` (start ≤ at < end). */
  covers(at: number): boolean {
    if (this.few) return this.few.some((n) => at >= n.start && at < n.end);
    const k = this.startingBy(at);
    return k > 0 && this.maxEnd[k - 1]! > at;
  }

  /** Whether some span shares a position with `s` (s.start < end and start < s.end). */
  overlaps(s: Span): boolean {
    if (this.few) return this.few.some((n) => s.start < n.end && n.start < s.end);
    const k = this.startingBefore(s.end);
    return k > 0 && this.maxEnd[k - 1]! > s.start;
  }

  /** Whether some span starts in [from, to). */
  startsIn(from: number, to: number): boolean {
    if (this.few) return this.few.some((n) => n.start >= from && n.start < to);
    const k = this.startingBefore(from);
    return k < this.starts.length && this.starts[k]! < to;
  }
}

/**
 * The text with every code unit inside a span replaced by a space: its length and every other
 * position unchanged. Spans lie within the text (they are matches in it).
 */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(s.end - start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
