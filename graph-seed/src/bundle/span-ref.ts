/**
 * Word-level provenance (ONTOLOGY.md, "Relationships"): a relationship recognised in words records
 * the words it rests on as `"<provision id>@<start>-<end>"`, character offsets into that
 * provision's `text`, end exclusive. One format, made and read here only.
 */
export const spanRef = (provisionId: string, start: number, end: number): string =>
  `${provisionId}@${start}-${end}`;

const SPAN_REF = /^(prov:\S+)@(\d+)-(\d+)$/u;

export interface ParsedSpanRef {
  provisionId: string;
  start: number;
  end: number;
}

/** The parts of a span ref, or undefined when the string is not one. */
export function parseSpanRef(ref: string): ParsedSpanRef | undefined {
  const m = SPAN_REF.exec(ref);
  if (!m) return undefined;
  return { provisionId: m[1] as string, start: Number(m[2]), end: Number(m[3]) };
}

/** Span refs of the mentions that carry a place in the text (a `-1` start is inferred from context). */
export const spanRefsOf = (
  provisionId: string,
  at: ReadonlyArray<{ start: number; end: number }>,
): string[] =>
  at.filter((m) => m.start >= 0 && m.end > m.start).map((m) => spanRef(provisionId, m.start, m.end));

/** Span refs in reading order: by provision id, then start, then end. Keeps the bundle deterministic. */
export function sortSpanRefs(refs: Iterable<string>): string[] {
  const parsed = [...new Set(refs)].map((r) => ({ r, p: parseSpanRef(r) }));
  return parsed
    .sort((a, b) => {
      const pa = a.p?.provisionId ?? a.r;
      const pb = b.p?.provisionId ?? b.r;
      if (pa !== pb) return pa < pb ? -1 : 1;
      return (a.p?.start ?? 0) - (b.p?.start ?? 0) || (a.p?.end ?? 0) - (b.p?.end ?? 0);
    })
    .map((x) => x.r);
}
