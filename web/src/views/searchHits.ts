import { type Answered, gql } from '../api/client';
import type { SearchQuery } from '../api/generated/graphql';
import { SEARCH } from '../api/queries';
import type { Label, NamedNode } from '../api/types';

export interface Hit {
  score: number;
  snippet: string;
  node: NamedNode;
  /** Both roles when a document is also an instrument others cite (one entry for `doc:x` and `inst:x`). */
  roles: Label[];
}

export interface Found {
  hits: Hit[];
  suggestions: string[];
}

type RawHit = Answered<SearchQuery>['search']['edges'][number];

const slug = (id: string): string => id.slice(id.indexOf(':') + 1);

/**
 * One entry per thing: a document and the instrument it embodies share their slug (`doc:cedaw-gr38`,
 * `inst:cedaw-gr38`), and are shown once, as the document, with both roles.
 */
export function mergeRoles(raw: readonly RawHit[]): Hit[] {
  const docs = new Map(raw.filter((h) => h.node.id.startsWith('doc:')).map((h) => [slug(h.node.id), h]));
  const out: Hit[] = [];
  for (const h of raw) {
    if (h.node.id.startsWith('inst:') && docs.has(slug(h.node.id))) continue;
    const both = h.node.id.startsWith('doc:') && raw.some((x) => x.node.id === `inst:${slug(h.node.id)}`);
    out.push({ ...h, roles: both ? ['Document', 'Instrument'] : h.node.labels.slice(0, 1) });
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescapeHtml = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/**
 * The snippet's parts, `<mark>` tags kept as marks and the HTML escapes read back; a word cut at
 * either end of the window is dropped and shown as "…", so a snippet never starts or ends mid-word.
 */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts = snippet
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: unescapeHtml(part.slice(6, -7)), marked: true }
        : { text: unescapeHtml(part), marked: false },
    );
  const first = parts[0];
  if (first && !first.marked && /^[a-z]/.test(first.text) && /\s/.test(first.text)) {
    first.text = `…${first.text.slice(first.text.search(/\s/))}`;
  }
  const last = parts.at(-1);
  if (last && !last.marked && /\S$/.test(last.text) && !/[.;:!?)]$/.test(last.text) && /\s/.test(last.text)) {
    last.text = `${last.text.slice(0, last.text.search(/\s\S*$/))} …`;
  }
  return parts;
}

/** The search connection's hits (a document and its instrument merged) and its did-you-mean suggestions. */
export async function searchHits(text: string, first: number): Promise<Found> {
  const { search } = await gql(SEARCH, { text, first });
  return { hits: mergeRoles(search.edges), suggestions: search.suggestions };
}
