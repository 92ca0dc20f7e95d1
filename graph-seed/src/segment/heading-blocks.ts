// Unnumbered headings in layouts that separate blocks by empty lines: a short block that ends no
// sentence, and the headings stacked in it ("Conclusions and recommendations" / "Conclusions").
import { looksLikeTitle } from './headings';

const NUMBERED = /^(\d{1,3})[.,]\s+(\S.*)$/;
const CONNECTOR = /\b(?:and|or|of|to|the|for|in|on|with|a|an)$/;

/** A heading-like block of its own: short lines that end no sentence, followed by a block break. */
export function headingBlock(lines: readonly string[], i: number): string[] | null {
  const block: string[] = [];
  for (let j = i; j < lines.length && lines[j]!.trim() !== ''; j++) block.push(lines[j]!.trim());
  if (block.length === 0 || block.length > 3 || (lines[i - 1] ?? '').trim() !== '') return null;
  const text = block.join(' ');
  if (!looksLikeTitle(text) || text.length > 140 || NUMBERED.test(text) || /^[•(]/.test(text)) return null;
  return block;
}

/** Lines of a heading block that are headings of their own: a capital after a complete line. */
export function splitTitles(block: readonly string[]): string[] {
  const titles: string[] = [];
  for (const line of block) {
    const prev = titles[titles.length - 1];
    if (prev !== undefined && (!/^\p{Lu}/u.test(line) || CONNECTOR.test(prev)))
      titles[titles.length - 1] = `${prev} ${line}`;
    else titles.push(line);
  }
  return titles;
}
