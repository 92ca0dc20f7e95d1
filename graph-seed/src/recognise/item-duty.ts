import type { Reading } from './reading';

/**
 * How a list item or a titled item takes a duty from its structure rather than its own words:
 * - an item under a lead-in that states a duty and opening with a verb in -ing ("[Actions required
 *   of States include:] Ensuring that procedures are in place …") is one of the calls it lists;
 * - a short title before a colon ("Criminalization independent of …: the offence … should be
 *   established …") names the duty its body states.
 */
interface Part {
  start: number;
  end: number;
}

/** Whether the first sentence of an item opens with a verb in -ing: the form of a listed call. */
export function opensWithCall(reading: Reading, first: Part): boolean {
  const t = reading.tokens.find(
    (x) => x.start >= first.start && x.end <= first.end && /\p{L}/u.test(x.value),
  );
  return t !== undefined && t.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(t.value) && t.lemma !== t.lower;
}

/** How many words a title may have: a heading, not a sentence that opens a list. */
const TITLE_WORDS = 15;

/** Whether a part is a title: it ends with a colon, has no more than a heading's words. */
export function isTitle(text: string, part: Part): boolean {
  const said = text.slice(part.start, part.end).trim();
  return said.endsWith(':') && said.split(/\s+/u).length <= TITLE_WORDS;
}
