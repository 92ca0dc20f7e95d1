import type { Hit } from './phrases';

/**
 * "The Convention", "this Protocol", "the Optional Protocol thereto": references that name no
 * instrument and are resolved from context (ONTOLOGY.md, "Citations": "the Convention" where the
 * document makes clear which one is meant).
 */

/** What the document itself has fixed: its defined terms, or its issuing body's treaty. */
export interface DocumentDefaults {
  /** Instrument node id "the Convention" means throughout the document, if fixed. */
  convention?: string;
  /** Instrument node id "the Protocol" means throughout the document, if fixed. */
  protocol?: string;
}

/** A cited instrument with the words of its title, so "the Convention" can find the last Convention named. */
export interface NamedHit extends Hit {
  /** The instrument's full name (catalogue or discovered). */
  name: string;
}

const WORD = { Convention: /\bConvention\b|\bCovenant\b/, Protocol: /\bProtocol\b/ } as const;

// "the Convention", "this Convention", "the said Protocol" — but not a title that goes on
// ("the Convention on the Rights of the Child", "the Protocol to Prevent …").
const BARE =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(Convention|Protocol)(?!\s+(?:on|against|for|relating\s+to|concerning|to|of|between)\s+(?:the\s+)?[A-Z]|\s+[A-Z])(?:['’]s)?\b/g;
// "the Optional Protocol thereto", "its Protocol", "and the Protocol thereto" (one protocol, named by its parent)
const THERETO = /\b(?:the\s+(?:Optional\s+)?Protocol\s+thereto|its\s+(?:Optional\s+)?Protocol)\b(?!s)/g;

/**
 * Resolves the unnamed references of one provision's text. `named` are the instruments the text
 * names (any order); `childOf` gives a parent's protocol id (SUPPLEMENTS), if it has one.
 */
export function resolveReferences(
  text: string,
  named: readonly NamedHit[],
  defaults: DocumentDefaults,
  childOf: (parentId: string) => string | undefined,
): Hit[] {
  const ordered = [...named].sort((a, b) => a.start - b.start);
  const lastBefore = (at: number, test: (h: NamedHit) => boolean) =>
    ordered.filter((h) => h.end <= at && test(h)).at(-1);
  const out: Hit[] = [];
  for (const m of text.matchAll(BARE)) {
    const at = m.index ?? 0;
    const word = m[1] as keyof typeof WORD;
    // Inside a named title ("Conference of the Parties to the Convention against …") it is that title.
    if (named.some((h) => h.start <= at && h.end > at)) continue;
    const fixed = word === 'Convention' ? defaults.convention : defaults.protocol;
    const target = fixed ?? lastBefore(at, (h) => WORD[word].test(h.name))?.target;
    if (target) out.push({ target, start: at, end: at + m[0].length, surface: m[0], method: 'context' });
  }
  for (const m of text.matchAll(THERETO)) {
    const at = m.index ?? 0;
    const parent = lastBefore(at, () => true);
    const target = parent ? childOf(parent.target) : undefined;
    if (target) out.push({ target, start: at, end: at + m[0].length, surface: m[0], method: 'context' });
  }
  return out;
}

// "Convention on the Elimination of All Forms of Discrimination against Women (the Convention)"
const DEFINITION = /^\s*\((?:hereinafter\s+)?(?:the\s+|this\s+)?["“]?(Convention|Protocol)["”]?\)/;

/** Terms a document defines: a named instrument followed by "(the Convention)". */
export function definedTerms(text: string, named: readonly NamedHit[]): DocumentDefaults {
  const out: DocumentDefaults = {};
  for (const h of named) {
    const m = DEFINITION.exec(text.slice(h.end, h.end + 40));
    if (m?.[1] === 'Convention') out.convention ??= h.target;
    if (m?.[1] === 'Protocol') out.protocol ??= h.target;
  }
  return out;
}
