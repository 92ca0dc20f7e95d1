// Segmenter for documents numbered 1..N (general recommendations, reports, a resolution's
// operative part): numbered paragraphs (`12.`, OCR'd `34,`; a number is taken only as the next in
// sequence, or one past it where OCR lost one, so a quoted "1." stays in its paragraph) with
// lettered `(a)` and roman `(i)` sub-items (`54(b)`, `89(a)(ii)`, kind `subparagraph`, parentRef the
// chapeau); headings (`VII.`, `A.`, `(i)` sub-headings, unnumbered headings set apart by empty
// lines); report boxes (`Box 3`: the box `box3` holds the title, its paragraphs are `box3.1` …);
// unnumbered text under a heading before paragraph 1 is front matter `front.<n>`, and the lines
// before any heading (the document's title) are left out.
import type { ProvisionKind } from '../types';
import type { ProvisionBuilder, Unit } from './builder';
import { headingBlock, splitTitles } from './heading-blocks';
import { looksLikeTitle, numberedHeading, SectionPath, subHeading } from './headings';

const NUMBERED = /^(\d{1,3})[.,]\s+(\S.*)$/;
const LETTERED = /^\(([a-z])\)\s+(.*)$/;
const ROMAN = /^\(([ivx]{1,4})\)\s+(.*)$/;
const BOX = /^Box (\d{1,2})$/;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

const nextLetter = (l: string | undefined) => (l ? String.fromCharCode(l.charCodeAt(0) + 1) : 'a');
const nextRoman = (r: string | undefined) => (r ? ROMANS[ROMANS.indexOf(r) + 1] : 'i');
const lastText = (u: Unit | undefined) => u?.texts[u.texts.length - 1]?.trim() ?? '';

export interface NumberedOptions {
  /** Kind of the numbered paragraphs (`paragraph`, or `operative` in a resolution). */
  kind: ProvisionKind;
  /** Lines before this index belong to someone else (a resolution's preamble). */
  from?: number;
  /** Section path to start from. */
  section?: SectionPath;
}

/** Splits the lines of a numbered document into provisions. */
export function segmentNumbered(lines: readonly string[], b: ProvisionBuilder, opts: NumberedOptions): void {
  const section = opts.section ?? new SectionPath();
  const blocky = lines.some((l) => l.trim() === '');
  let last = 0;
  let para: Unit | undefined;
  let letter: Unit | undefined;
  let roman: Unit | undefined;
  let box: { n: string; paras: number; title: Unit; current?: Unit } | undefined;
  let front: Unit | undefined;
  let fronts = 0;
  let titleOpen = false;
  let boxTitleOpen = false;
  let untitled = false;
  let headed = false;
  let blockStart = true;

  const closeItems = () => {
    para = letter = roman = undefined;
    box = undefined;
  };
  for (let i = opts.from ?? 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (t === '') {
      blockStart = true;
      titleOpen = boxTitleOpen = false;
      continue;
    }
    const wasBlockStart = blockStart;
    blockStart = false;
    const num = NUMBERED.exec(t);
    if (num && (Number(num[1]) === last + 1 || Number(num[1]) === last + 2)) {
      closeItems();
      titleOpen = false;
      last = Number(num[1]);
      headed = true;
      para = b.open(String(last), opts.kind, section.path);
      b.add(para, i, num[2]);
      continue;
    }
    if (titleOpen && (/^\p{Ll}/u.test(t) || (/^[^\p{Ll}]+$/u.test(t) && !numberedHeading(t)))) {
      section.extend(t);
      continue;
    }
    // A numbered heading printed without its title (`IV.`): the title is the next short block.
    if (untitled && looksLikeTitle(t) && !NUMBERED.test(t) && !numberedHeading(t)) {
      section.extend(t);
      titleOpen = true;
      untitled = false;
      continue;
    }
    untitled = false;
    if (box && boxTitleOpen) {
      b.add(box.title, i);
      continue;
    }
    const letterM = LETTERED.exec(t);
    const romanM = ROMAN.exec(t);
    const inRomans = roman !== undefined || /:$/.test(lastText(letter));
    if (romanM && letter && inRomans && romanM[1] === nextRoman(roman?.ref.match(/\(([ivx]+)\)$/)?.[1])) {
      roman = b.open(`${letter.ref}(${romanM[1]})`, 'subparagraph', section.path, letter.ref);
      b.add(roman, i, romanM[2]);
      continue;
    }
    if (letterM && para && letterM[1] === nextLetter(letter?.ref.match(/\(([a-z])\)$/)?.[1])) {
      roman = undefined;
      letter = b.open(`${para.ref}(${letterM[1]})`, 'subparagraph', section.path, para.ref);
      b.add(letter, i, letterM[2]);
      continue;
    }
    const heading = numberedHeading(t) ?? (romanM ? subHeading(t) : null);
    if (heading && (wasBlockStart || !blocky)) {
      closeItems();
      section.enter(heading.level, heading.title ? `${heading.label} ${heading.title}` : heading.label);
      titleOpen = headed = true;
      untitled = heading.title === '';
      front = undefined;
      continue;
    }
    const boxM = BOX.exec(t);
    if (boxM && wasBlockStart) {
      closeItems();
      const title = b.open(`box${boxM[1]}`, 'box', section.path);
      box = { n: boxM[1]!, paras: 0, title };
      boxTitleOpen = true;
      continue;
    }
    const block = blocky && wasBlockStart ? headingBlock(lines, i) : null;
    if (block) {
      closeItems();
      front = undefined;
      // An unnumbered heading right above another heading opens a chapter; otherwise a sub-section.
      const after = lines.findIndex((l, j) => j >= i + block.length && l.trim() !== '');
      const nextIsHeading =
        after >= 0 && (numberedHeading(lines[after]!) !== null || headingBlock(lines, after) !== null);
      const titles = splitTitles(block);
      titles.forEach((title, k) => {
        section.enter(k === 0 && (nextIsHeading || titles.length > 1) ? 1 : 3, title);
      });
      headed = true;
      i += block.length - 1;
      continue;
    }
    if (box) {
      if (!box.current || (wasBlockStart && !/^\p{Ll}/u.test(t))) {
        box.paras++;
        box.current = b.open(`box${box.n}.${box.paras}`, 'paragraph', section.path, `box${box.n}`);
      }
      b.add(box.current, i);
      continue;
    }
    const target = roman ?? letter ?? para;
    if (target) {
      b.add(target, i);
      continue;
    }
    // Before any heading or number stands the document's title, already in its metadata.
    if (!headed) continue;
    if (!front || (wasBlockStart && blocky && !/^\p{Ll}/u.test(t))) {
      fronts++;
      front = b.open(`front.${fronts}`, 'paragraph', section.path);
    }
    b.add(front, i);
  }
}
