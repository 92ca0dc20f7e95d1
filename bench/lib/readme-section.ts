// Keeps a generated section of README.md current: the text between `<!-- bench:<name> -->` and
// `<!-- /bench:<name> -->` is replaced, everything else is left byte for byte. A README without the
// markers is an error, not a silent append: the section's place in the README is a person's choice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './paths';

export function replaceSection(text: string, name: string, lines: readonly string[]): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README has no ${open} … ${close} section`);
  return `${text.slice(0, start + open.length)}\n${lines.join('\n')}\n${text.slice(end)}`;
}

export function writeReadmeSection(name: string, lines: readonly string[]): string {
  const file = join(REPO, 'README.md');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), name, lines));
  return file;
}
