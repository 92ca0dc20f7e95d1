// Segmenter for documents without paragraph numbers (the fact sheet). Refs follow ONTOLOGY's
// `<chapter>.<section>.<n>`: `III.C.4` is the 4th paragraph of chapter III section C; paragraphs
// of a chapter before its first lettered section are `<chapter>.<n>` (`III.2`), and text before
// chapter I (unnumbered chapters such as an introduction) is `front.<n>`. Boxes (a title, a body
// and a closing "Source: …" line) are one provision `<chapter>.<section>.box<n>`. Bullets are
// provisions of their own, `<paragraph ref>.b<k>` under the paragraph that leads into them
// (parentRef), or `<chapter>.<section>.b<k>` where none does.
import type { ProvisionKind } from '../types';
import type { ProvisionBuilder, Unit } from './builder';
import { ENDS, isTitle, markBoxes, type Role } from './boxes';
import { numberedHeading, SectionPath } from './headings';
import { type Piece, splitPieces } from './pieces';

/** Prose stopping mid-sentence: on a lower-case word, a comma or a hyphen. */
const RUNS_ON = /(?:\p{Ll}|[,-])$/u;

const isCaps = (p: Piece) => /\p{Lu}{3}/u.test(p.text) && !/\p{Ll}/u.test(p.text) && p.text.length <= 80;

function roleOf(p: Piece): Role {
  const h = numberedHeading(p.text);
  if (h?.level === 1 || isCaps(p)) return 'chapter';
  if (h?.level === 2) return 'section';
  if (p.text.startsWith('•')) return 'bullet';
  if (isTitle(p)) return 'sub';
  return 'para';
}

/** Splits the lines of an unnumbered document into provisions. */
export function segmentUnnumbered(lines: readonly string[], b: ProvisionBuilder): void {
  const pieces = splitPieces(lines);
  const roles = pieces.map(roleOf);
  // Title-like lines in a row are a heading and a list under it (a list of instruments): only the
  // first is a heading, the others are text.
  const listed = new Set<number>();
  roles.forEach((r, i) => {
    const afterHeading = roles[i - 1] === 'para' && roles[i - 2] === 'sub' && !ENDS.test(pieces[i - 1]!.text);
    if (r === 'sub' && (roles[i - 1] === 'sub' || listed.has(i - 1) || afterHeading)) {
      roles[i] = 'para';
      listed.add(i);
    }
  });
  const boxEnd = markBoxes(pieces, roles);
  const section = new SectionPath();
  let chapter = 'front';
  let letter = '';
  let paras = 0;
  let boxes = 0;
  let bullets = 0;
  let lead: Unit | undefined;
  let lastUnit: Unit | undefined;
  const openParagraphs: Unit[] = [];
  const base = () => (letter ? `${chapter}.${letter}` : chapter);
  const open = (ref: string, kind: ProvisionKind, parentRef?: string) =>
    b.open(ref, kind, section.path, parentRef);
  const addPiece = (u: Unit, p: Piece) => {
    p.lines.forEach((i, k) => {
      b.add(u, i, p.texts[k]);
    });
  };

  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const role = roles[i]!;
    if (role === 'chapter') {
      const h = numberedHeading(p.text);
      if (pieces[i - 1] && isCaps(pieces[i - 1]!) && roles[i - 1] === 'chapter' && !h) {
        section.extend(p.text);
        continue;
      }
      section.enter(1, p.text);
      letter = '';
      // Unnumbered chapters before chapter I share the `front` numbering.
      if (h) {
        chapter = h.label.replace(/\.$/, '');
        paras = boxes = bullets = 0;
      }
      lead = undefined;
      continue;
    }
    if (role === 'section') {
      letter = numberedHeading(p.text)!.label.replace(/\.$/, '');
      section.enter(2, p.text);
      paras = boxes = bullets = 0;
      lead = undefined;
      continue;
    }
    if (role === 'box') {
      const end = boxEnd.get(i) ?? i;
      boxes++;
      const box = open(`${base()}.box${boxes}`, 'box');
      for (let k = i; k <= end; k++) addPiece(box, pieces[k]!);
      i = end;
      continue;
    }
    // Text resuming after a box or a page break continues the paragraph it broke off.
    const resumes = /^(?:\p{Ll}|\((?!\p{Ll}{1,4}\)\s)\p{Ll})/u.test(p.text);
    // The paragraph broken off is a recent one (a box or list stands in between, not pages of
    // text); prose that stops mid-sentence is preferred over a list item without a full stop.
    const tail = (u: Unit) => u.texts[u.texts.length - 1]?.trim() ?? '';
    const recent = openParagraphs.slice(-20);
    const broken =
      recent.findLast((u) => RUNS_ON.test(tail(u)) && u.texts.join(' ').length > 100) ??
      recent.findLast((u) => !ENDS.test(tail(u)));
    // A capital after a page break or a box may still continue the last paragraph, if that
    // stopped mid-sentence ("its parent instrument, the United" … "Nations Convention").
    const lastProse =
      lead && RUNS_ON.test(tail(lead)) && lead.texts.join(' ').length > 100 ? lead : undefined;
    if (!resumes && role === 'para' && lastProse && roles[i - 1] !== 'sub') {
      addPiece(lastProse, p);
      continue;
    }
    if (resumes && (broken ?? lastUnit)) {
      addPiece((broken ?? lastUnit)!, p);
      continue;
    }
    if (role === 'sub') {
      section.enter(3, p.text);
      continue;
    }
    if (role === 'bullet') {
      bullets++;
      lastUnit = lead
        ? open(`${lead.ref}.b${bullets}`, 'bullet', lead.ref)
        : open(`${base()}.b${bullets}`, 'bullet');
      addPiece(lastUnit, p);
      openParagraphs.push(lastUnit);
      continue;
    }
    paras++;
    bullets = 0;
    lead = lastUnit = open(`${base()}.${paras}`, 'paragraph');
    addPiece(lastUnit, p);
    openParagraphs.push(lastUnit);
  }
}
