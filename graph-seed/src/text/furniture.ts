// Page furniture: the lines a PDF repeats on every page or prints around the text (running
// headers with the document symbol, job numbers, page counters, link lines), never body text.

/** What kind of furniture a line is; null for a line that may be body text. */
export type FurnitureKind = 'symbol' | 'job-number' | 'page-counter' | 'url' | 'rule' | 'ornament';

const PATTERNS: ReadonlyArray<[FurnitureKind, RegExp]> = [
  // A UN document symbol alone on a line: A/79/322, CEDAW/C/GC/38, A/HRC/32/41.
  ['symbol', /^[A-Z]{1,8}(?:\/[A-Z0-9.()]+)+$/],
  // Job numbers and UN Geneva print codes: 24-13255, 16-13025 (E), GE.20-16520(E).
  ['job-number', /^(?:GE\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{1,3}\/\d{1,3})?$/],
  // Page counters, alone or with a job number: 9/18, 9/18 16-13025.
  ['page-counter', /^\d{1,3}\/\d{1,3}(?:\s+(?:GE\.)?\d{2}-\d{5}\s*(?:\([A-Z]\))?)?$/],
  ['url', /^(?:https?:\/\/|www\.)\S*$/],
  ['rule', /^_{5,}$/],
  // Decorative asterisks between front-matter notes.
  ['ornament', /^[*\s]+$/],
];

/** Classifies a line (trimmed) as page furniture, or null. */
export function furnitureKind(line: string): FurnitureKind | null {
  const t = line.trim();
  if (t === '') return null;
  for (const [kind, re] of PATTERNS) if (re.test(t)) return kind;
  return null;
}

/** A bare number alone on a line: a page number or, glued under a text line, a footnote marker. */
export const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;
