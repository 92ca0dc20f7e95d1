import { SeedError, SeedErrorCode } from '../errors';

/**
 * The longest line a document may hold. The corpus's lines run to about 130 characters; a text
 * laid out a paragraph per line has lines of a few thousand. A line of tens of thousands is an
 * extraction that lost its line breaks: no paragraph, heading or footnote can be told apart in it,
 * so the seed would make one provision of the whole text. It is refused with a clear error instead.
 */
export const MAX_LINE_CHARS = 50_000;

/** Throws LINE_TOO_LONG, naming the file, the line and its length, if a line exceeds the limit. */
export function refuseRunawayLines(text: string, file: string, limit: number = MAX_LINE_CHARS): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > limit) {
      throw new SeedError(
        SeedErrorCode.LINE_TOO_LONG,
        file,
        `line ${line} holds ${end - start} characters (at most ${limit}): the text has lost its line breaks`,
      );
    }
    if (nl < 0) return;
    start = nl + 1;
    line++;
  }
}
