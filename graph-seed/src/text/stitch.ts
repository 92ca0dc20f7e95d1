// Joins what the page layout broke: paragraphs continuing across a page break (or around the
// footnote area and furniture that stood between), and words broken at line ends.
import { joinAcrossBreak } from './dehyphenate';
import type { BodyLine } from './footnotes';
import type { Vocabulary } from './vocabulary';

/** A line that stops mid-sentence: on a lower-case word, a comma or a hyphen. */
const RUNS_ON = /(?:\p{Ll}|[,-])\s*$/u;

/**
 * Whether a document is double-spaced (most text lines followed by an empty line): there, empty
 * lines say nothing about paragraphs and are dropped.
 */
export function isDoubleSpaced(lines: readonly string[]): boolean {
  let text = 0;
  let followed = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    text++;
    if (lines[i + 1]!.trim() === '') followed++;
  }
  return text > 0 && followed / text > 0.6;
}

/**
 * Resolves page breaks. In a double-spaced text, empty lines go. Otherwise the empty lines at a
 * page break are removed when the sentence runs on (the last line stops on a lower-case word,
 * comma or hyphen and the next page starts in lower case), and reduced to one block break when not.
 */
export function stitchPages(lines: BodyLine[], doubleSpaced: boolean): BodyLine[] {
  if (doubleSpaced) return lines.filter((l) => l.text.trim() !== '');
  const out: BodyLine[] = [];
  for (const line of lines) {
    const blank = line.text.trim() === '';
    if (blank) {
      if (out.length > 0 && out[out.length - 1]!.text.trim() !== '') out.push(line);
      continue;
    }
    if (line.pageBreak) {
      while (out.length > 0 && out[out.length - 1]!.text.trim() === '') out.pop();
      const prev = out[out.length - 1];
      const next = line.text.trim();
      // Only a sentence plainly running on is stitched here; text resuming after a box or list
      // that the layout put in between is left for the segmenter to reattach.
      const runsOn = prev !== undefined && /^\p{Ll}/u.test(next) && RUNS_ON.test(prev.text);
      if (prev !== undefined && !runsOn) out.push({ text: '', pageBreak: false, markers: [] });
    }
    out.push(line);
  }
  return out;
}

/**
 * Rejoins words broken at line ends by moving the tail of the word up to the line that holds its
 * head; the hyphen stays only where the corpus says the word has one. Lines emptied by the move
 * are dropped.
 */
export function rejoinBrokenWords(lines: BodyLine[], vocab: Vocabulary): BodyLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const head = /(\S*?)\s?-$/.exec(line.text.trimEnd());
    const tail = /^\s*([\p{L}][\p{L}'’]*)(\S*)(.*)$/u.exec(next.text);
    if (!head || !tail || head[1] === '' || /^[-–—]/.test(head[1]!)) continue;
    const joined = joinAcrossBreak(head[1]!, tail[1]!, vocab);
    if (joined === null) continue;
    const before = line.text.trimEnd().slice(0, line.text.trimEnd().length - head[0].length);
    line.text = `${before}${joined}${tail[2]}`;
    next.text = tail[3]!.trim() === '' ? '' : tail[3]!.replace(/^\s+/, '');
    if (next.text === '') {
      line.markers.push(...next.markers);
      lines.splice(i + 1, 1);
      i--;
    }
  }
  return lines;
}
