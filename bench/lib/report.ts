// Writes one part's dated JSON (bench/results/<date>-<part>.json) and the markdown summary
// bench/RESULTS.md of a whole run (the lead copies it into the README).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';
import { REPO, RESULTS } from './paths';

export const today = (): string => new Date().toISOString().slice(0, 10);

export function writePart(part: string, data: unknown, machine: Machine): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${today()}-${part}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, part, ...(data as object) }, null, 2)}\n`,
  );
  return file;
}

/** The newest bench/results/<date>-<part>.json, if any. */
export function latestPart(
  part: string,
): ({ date: string; machine: Machine } & Record<string, unknown>) | null {
  if (!existsSync(RESULTS)) return null;
  const file = readdirSync(RESULTS)
    // <yyyy-mm-dd>-<part>.json exactly: "bulk-load" is not "load"
    .filter((f) => /^\d{4}-\d{2}-\d{2}-/.test(f) && f.slice(11) === `${part}.json`)
    .sort()
    .pop();
  return file ? JSON.parse(readFileSync(join(RESULTS, file), 'utf8')) : null;
}

export function machineLine(m: Machine): string {
  return `${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, Node ${m.node}, load average ${m.loadAverage.join(' / ')} (1/5/15 min) at the start`;
}

export function writeMarkdown(lines: string[]): string {
  const file = join(REPO, 'bench', 'RESULTS.md');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A markdown table from rows of cells. */
export function table(head: string[], rows: Array<Array<string | number>>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export const mark = (met: boolean | undefined): string =>
  met === undefined ? '–' : met ? 'met' : '**missed**';
