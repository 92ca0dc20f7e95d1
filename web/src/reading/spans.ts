/**
 * The words a link rests on, as the API gives them (`spans` on a link: "<provision id>@<start>-<end>",
 * character offsets into the provision's verbatim text), and a text cut into marked and plain parts.
 */
export type SpanIndex = ReadonlyMap<string, readonly [number, number][]>;

const SPAN = /^(.+)@(\d+)-(\d+)$/;

/** Groups spans by provision; malformed ones are skipped. */
export function indexSpans(spans: readonly string[]): SpanIndex {
  const index = new Map<string, [number, number][]>();
  for (const raw of spans) {
    const m = SPAN.exec(raw);
    if (!m) continue;
    const [, id, a, b] = m as unknown as [string, string, string, string];
    const start = Number(a);
    const end = Number(b);
    if (end <= start) continue;
    index.set(id, [...(index.get(id) ?? []), [start, end]]);
  }
  return index;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** The text in reading order, overlapping or touching ranges merged, ranges past the end clipped. */
export function markParts(text: string, ranges: readonly (readonly [number, number])[] = []): TextPart[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) parts.push({ text: text.slice(at, s), marked: false });
    parts.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
