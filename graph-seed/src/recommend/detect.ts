import type { DocumentKind, Provision } from '../types';

/**
 * Which provisions are recommendations (ONTOLOGY.md, "Recommendation"), decided by the document's
 * KIND, the provision's section heading and its verb — never by document id, so a new document
 * of a known kind is read by the same rules:
 * - resolution: operative paragraphs whose verb calls for action (also after a welcoming clause);
 * - general recommendation, report: paragraphs and sub-items of the recommendations section;
 * - fact sheet: none.
 * A paragraph with sub-items yields its sub-items, not the chapeau.
 */

/** A calling verb of a resolution, in the third person, as it opens an operative clause. */
export const CALLING_VERB =
  /\b(?:strongly urges|urges|calls upon|calls on|calls for|encourages|invites|requests|recommends|(?:stresses|emphasizes|emphasises|underlines|underscores) the (?:urgent )?need)\b/u;

/** The same verb opening an operative paragraph or a later clause of it ("…; and urges"). */
const CLAUSE_VERB = new RegExp(
  `(?:^|[,;:]\\s+(?:and\\s+)?|\\s+and\\s+)(?:[Aa]lso\\s+|[Ff]urther\\s+|[Ii]n this regard\\s+|[Aa]gain\\s+)*(?:[Ss]trongly\\s+)?(?:${CALLING_VERB.source.replace(/\\b/g, '')})\\b`,
  'iu',
);

export const callsForAction = (text: string): boolean => CLAUSE_VERB.test(text.trimStart());

/** A heading that names the recommendations part: "VII. Recommendations", "B. Recommendations". */
const RECOMMENDATIONS_HEADING = /^(?:[IVXLC]+\.|[A-Z]\.|\d+\.)?\s*(?:\w+\s+)?recommendations\s*$/iu;
/** A closing section that holds conclusions and recommendations together, not split in parts. */
const COMBINED_HEADING = /\b(?:conclusions|observations|findings) and recommendations\s*$/iu;
const MODAL = /\b(?:should|must|shall)\b/u;

const headings = (section: string) =>
  section
    .split('>')
    .map((h) => h.trim())
    .filter(Boolean);

export function inRecommendationsSection(p: Provision): boolean {
  const hs = headings(p.section);
  if (hs.some((h) => RECOMMENDATIONS_HEADING.test(h))) return true;
  // Only where the closing section has no "Recommendations" part of its own: then the calls are.
  const last = hs[hs.length - 1];
  return last !== undefined && COMBINED_HEADING.test(last) && MODAL.test(p.text);
}

/** Refs of provisions that have sub-items (their chapeaux). */
export const chapeauRefs = (provisions: readonly Provision[]): Set<string> =>
  new Set(provisions.flatMap((p) => (p.parentRef ? [p.parentRef] : [])));

const BODY_KINDS = new Set<Provision['kind']>(['operative', 'paragraph', 'subparagraph', 'bullet']);

/**
 * Whether a provision is a recommendation. `parentOf` gives a sub-item's chapeau: in a resolution
 * the chapeau's verb is the sub-item's.
 */
export function isRecommendation(
  kind: DocumentKind,
  p: Provision,
  chapeaux: ReadonlySet<string>,
  parentOf: (p: Provision) => Provision | undefined,
): boolean {
  if (!BODY_KINDS.has(p.kind) || chapeaux.has(p.ref)) return false;
  switch (kind) {
    case 'resolution': {
      if (p.kind === 'preamble' || p.ref.startsWith('pp')) return false;
      let q: Provision | undefined = p;
      while (q) {
        if (callsForAction(q.text)) return true;
        q = parentOf(q);
      }
      return false;
    }
    case 'general-recommendation':
    case 'report':
      return inRecommendationsSection(p);
    case 'fact-sheet':
      return false;
    default: {
      const never: never = kind;
      return never;
    }
  }
}
