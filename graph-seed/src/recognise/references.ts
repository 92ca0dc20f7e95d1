import type { Hit } from './phrases';

/**
 * "The Convention", "this Protocol", "the Covenant", "the Optional Protocol thereto": references
 * that name no instrument and are resolved from context (ONTOLOGY.md, "Citations": "the
 * Convention" where the document makes clear which one is meant). Nearest context first: a term
 * the document fixes for the word throughout; else the last instrument of that kind the provision
 * names before the word; else the one instrument of that kind its lead-in names (the chapeau of a
 * sub-item or bullet, the paragraph ending in a colon that introduces a quotation), and so on up;
 * else the one instrument of that kind the whole document names. Where a lead-in or the document
 * names several, the word is ambiguous and cites none.
 */

export type ShortWord = 'Convention' | 'Protocol' | 'Covenant';

/** What the document itself has fixed: its defined terms, or its issuing body's treaty. */
export interface DocumentDefaults {
  /** Instrument node id "the Convention" means throughout the document, if fixed. */
  convention?: string;
  /** Instrument node id "the Protocol" means throughout the document, if fixed. */
  protocol?: string;
  /** Instrument node id "the Covenant" means throughout the document, if fixed. */
  covenant?: string;
  /** The instrument of each kind the document names, where it names exactly one of that kind. */
  sole?: Partial<Record<ShortWord, string>>;
}

/** A cited instrument with the words of its title, so "the Convention" can find the last Convention named. */
export interface NamedHit extends Hit {
  /** The instrument's full name (catalogue or discovered). */
  name: string;
}

/** The citations of a lead-in provision, nearest lead-in first: instrument ids with their names. */
export type LeadInContext = Readonly<{ target: string; name: string }[]>;

const KIND_WORD = /\b(Convention|Covenant|Protocol)\b/;
/**
 * The kind of instrument a title names: its first kind word ("Protocol to Prevent … supplementing
 * the United Nations Convention …" is a Protocol, "Council of Europe Convention on …" a Convention).
 */
export const kindOf = (name: string) => KIND_WORD.exec(name)?.[1] as ShortWord | undefined;

const FIXED: Record<ShortWord, 'convention' | 'protocol' | 'covenant'> = {
  Convention: 'convention',
  Protocol: 'protocol',
  Covenant: 'covenant',
};

// "the Convention", "this Convention", "the Covenant" — but not a title that goes on
// ("the Convention on the Rights of the Child", "the Protocol to Prevent …").
const BARE =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(Convention|Protocol|Covenant)(?!\s+(?:on|against|for|relating\s+to|concerning|to|of|between)\s+(?:the\s+)?[A-Z]|\s+[A-Z])(?:['’]s)?\b/g;
// "the Optional Protocol thereto", "its Protocol", "and the Protocol thereto" (one protocol, named by its parent)
const THERETO = /\b(?:the\s+(?:Optional\s+)?Protocol\s+thereto|its\s+(?:Optional\s+)?Protocol)\b(?!s)/g;

/** The one instrument of a kind in a context, or undefined where it holds none or several. */
function soleOf(context: LeadInContext, word: ShortWord): string | undefined {
  const ids = new Set(context.filter((h) => kindOf(h.name) === word).map((h) => h.target));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * Resolves the unnamed references of one provision's text. `named` are the instruments the text
 * names (any order); `childOf` gives a parent's protocol id (SUPPLEMENTS), if it has one;
 * `leadIns` are the citations of the provisions leading into this one, nearest first.
 */
export function resolveReferences(
  text: string,
  named: readonly NamedHit[],
  defaults: DocumentDefaults,
  childOf: (parentId: string) => string | undefined,
  leadIns: readonly LeadInContext[] = [],
): Hit[] {
  const ordered = [...named].sort((a, b) => a.start - b.start);
  const lastBefore = (at: number, test: (h: NamedHit) => boolean) =>
    ordered.filter((h) => h.end <= at && test(h)).at(-1);
  const resolveWord = (word: ShortWord, at: number): string | undefined => {
    const fixed = defaults[FIXED[word]];
    if (fixed) return fixed;
    const own = lastBefore(at, (h) => kindOf(h.name) === word);
    if (own) return own.target;
    // The nearest lead-in that names an instrument of the kind decides (none where it names several).
    for (const c of leadIns) if (c.some((h) => kindOf(h.name) === word)) return soleOf(c, word);
    return defaults.sole?.[word];
  };
  const out: Hit[] = [];
  for (const m of text.matchAll(BARE)) {
    const at = m.index ?? 0;
    const word = m[1] as ShortWord;
    // Inside a named title ("Conference of the Parties to the Convention against …") it is that title.
    if (named.some((h) => h.start <= at && h.end > at)) continue;
    const target = resolveWord(word, at);
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
const DEFINITION = /^\s*\((?:hereinafter\s+)?(?:the\s+|this\s+)?["“]?(Convention|Protocol|Covenant)["”]?\)/;

/** Terms a document defines: a named instrument followed by "(the Convention)". */
export function definedTerms(text: string, named: readonly NamedHit[]): DocumentDefaults {
  const out: DocumentDefaults = {};
  for (const h of named) {
    const m = DEFINITION.exec(text.slice(h.end, h.end + 40));
    if (m?.[1]) out[FIXED[m[1] as ShortWord]] ??= h.target;
  }
  return out;
}

/** The instrument of each kind a document names, where it names exactly one of that kind. */
export function soleInstruments(named: LeadInContext): Partial<Record<ShortWord, string>> {
  const out: Partial<Record<ShortWord, string>> = {};
  for (const word of ['Convention', 'Protocol', 'Covenant'] as const) {
    const id = soleOf(named, word);
    if (id) out[word] = id;
  }
  return out;
}
