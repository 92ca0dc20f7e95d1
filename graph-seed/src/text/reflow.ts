import { normalizeSpacing } from './dehyphenate';

// From lines to prose: a provision's text is its lines joined with single spaces (words broken at
// line ends were already rejoined by the clean stage).

/** Joins lines into one line of prose, collapsing white space; list bullets are layout, not text. */
export function reflow(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim().replace(/^•\s*/, ''))
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:.])(?= |$)/g, '$1')
    .replace(/([.!?]) ?\.(?= |$)/g, '$1')
    .trim();
}

/** A link and the pieces of it the layout wrapped onto following lines (`…/country/ 556725e69/x.html`). */
const URL_RUN =
  /(?:Available (?:from|at):?\s*)?\.?(?:https?:\/\/|www\.)\S*(?:\s+(?:[\w.%~-]*[/_][\w./%_~-]*|[\w%~-]+\.(?:html?|pdf|aspx|php)\.?))*/g;

/** Footnote text for display: reflowed, links dropped (they are not prose and no quote holds them). */
export function footnoteProse(lines: readonly string[]): string {
  const text = normalizeSpacing(reflow(lines))
    .replace(/((?:https?:\/\/|www\.)\S*-) (?=\S)/g, '$1')
    .replace(URL_RUN, '')
    .replace(/\s+([.,;])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[.,;\s]+/, '')
    .trim();
  // What is left of a note that was only a link ("See", "Available from") says nothing.
  return /^(?:See|Available from|available from)?[.:]?$/.test(text) ? '' : text;
}
