// The links of a graph as CSV, one row per relationship: both ends (id, label, name), the type, the
// method, evidence and spans, score and article, and the text of the recommendation at either end.
// RFC 4180 quoting; every cell that a spreadsheet would read as a formula (starting with = + - @,
// a tab or a carriage return) is prefixed with an apostrophe (the OWASP CSV-injection guard).
// Plain string building, no Node API: the explorer can import it too (`@atlas/server/csv`).
import type { GraphBundle, PropertyValue } from '../store/bundle';

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell: formula-guarded, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

const strings = (v: PropertyValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const scalar = (v: PropertyValue | undefined): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

export const LINK_CSV_HEADER = [
  'source_id',
  'source_label',
  'source_name',
  'type',
  'target_id',
  'target_label',
  'target_name',
  'method',
  'evidence',
  'spans',
  'score',
  'article',
  'recommendation_text',
] as const;

export function toLinksCSV(bundle: GraphBundle): string {
  const nodes = new Map(bundle.nodes.map((n) => [n.id, n]));
  const rows = [csvRow(LINK_CSV_HEADER)];
  for (const r of bundle.relationships) {
    const start = nodes.get(r.start);
    const end = nodes.get(r.end);
    const recommendation = [start, end].find((n) => n?.labels[0] === 'Recommendation');
    rows.push(
      csvRow([
        r.start,
        start?.labels[0] ?? '',
        scalar(start?.properties.name),
        r.type,
        r.end,
        end?.labels[0] ?? '',
        scalar(end?.properties.name),
        scalar(r.properties.method),
        strings(r.properties.evidence).join(' '),
        strings(r.properties.spans).join(' '),
        scalar(r.properties.score),
        scalar(r.properties.article),
        scalar(recommendation?.properties.text),
      ]),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
