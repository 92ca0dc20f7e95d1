import { csvCell } from '@atlas/server/csv';

/** Rows as CSV, every cell through the server's one `csvCell` (quoting and the formula guard). */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
