import { useEffect, useState } from 'react';
import { type Answered, type ApiFailure, ApiError, gql, toFailure } from '../api/client';
import type {
  ConceptProvisionsQuery,
  ConceptRecommendationsQuery,
  ReadingProvisionFragment,
} from '../api/generated/graphql';
import { CONCEPT_PROVISIONS, CONCEPT_RECOMMENDATIONS, CONCEPT_SPANS } from '../api/queries';
import type { Label } from '../api/types';
import { type ReadingRow, refOrder } from './rows';
import { type SpanIndex, indexSpans } from './spans';

type Provision = ReadingProvisionFragment;
type Recommendation = NonNullable<ConceptRecommendationsQuery['recommendations']>['edges'][number]['node'];

/** The recommendation filter that selects a concept's recommendations, by the concept's label. */
const FILTER_KEY: Partial<Record<Label, string>> = {
  Document: 'documents',
  RootCause: 'rootCauses',
  Actor: 'actors',
  Obligation: 'obligations',
  Instrument: 'instruments',
};

/** Concepts that have a reading list. */
export const READABLE: readonly Label[] = ['Document', 'RootCause', 'Actor', 'Obligation', 'Instrument'];

// Fifty recommendations with their provision and addressees stay under the API's query cost limit.
const PAGE = 50;

export type Reading =
  | { status: 'loading' }
  | { status: 'error'; failure: ApiFailure }
  | { status: 'ok'; name: string; rows: ReadingRow[]; spans: SpanIndex };

const provisionRow = (p: Provision): ReadingRow => ({
  id: p.id,
  kind: 'Provision',
  documentId: p.document.id,
  symbol: p.document.symbol,
  ref: p.ref,
  order: refOrder(p.ref),
  force: null,
  addressees: [],
  text: p.text,
  leadIn: p.parent?.text ?? null,
  section: p.section,
  provisionId: p.id,
});

const recommendationRow = (r: Recommendation): ReadingRow => ({
  id: r.id,
  kind: 'Recommendation',
  documentId: r.document.id,
  symbol: r.document.symbol,
  ref: r.ref,
  order: refOrder(r.ref),
  force: r.force,
  addressees: r.addressees.map((a) => a.node.name).sort((a, b) => a.localeCompare(b)),
  text: r.text,
  leadIn: r.provision.parent?.text ?? null,
  section: r.provision.section,
  provisionId: r.provision.id,
});

async function allRecommendations(filter: Record<string, string[]>): Promise<Recommendation[]> {
  const out: Recommendation[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Answered<ConceptRecommendationsQuery> = await gql(CONCEPT_RECOMMENDATIONS, {
      filter,
      first: PAGE,
      after,
    });
    out.push(...page.recommendations.edges.map((e) => e.node));
    if (!page.recommendations.pageInfo.hasNextPage) return out;
    after = page.recommendations.pageInfo.endCursor;
  }
}

/** Every string of `spans` fields anywhere in a response. */
function collectSpans(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collectSpans(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'spans' && Array.isArray(v))
        out.push(...v.filter((s): s is string => typeof s === 'string'));
      else collectSpans(v, out);
    }
  return out;
}

/** The words each link of a concept rests on, by provision. */
async function spansOf(id: string): Promise<SpanIndex> {
  return indexSpans(collectSpans(await gql(CONCEPT_SPANS, { id })));
}

type Concept = NonNullable<Answered<ConceptProvisionsQuery>['node']>;

/** The provisions that mention, cite or state a concept (a document's own provisions). */
function provisionsOf(node: Concept): Provision[] {
  if ('mentionedIn' in node) return node.mentionedIn.map((l) => l.node);
  if ('citedIn' in node) return node.citedIn.map((l) => l.node);
  if ('statedIn' in node) return node.statedIn.map((l) => l.node);
  if ('provisions' in node) return node.provisions;
  return [];
}

/** A concept's recommendations and provisions as reading rows (a provision that is a recommendation once). */
export function useReading(id: string): Reading {
  const [state, setState] = useState<Reading>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    (async () => {
      const { node } = await gql(CONCEPT_PROVISIONS, { id });
      if (!node)
        throw new ApiError({
          kind: 'graphql',
          errors: [{ message: `no node with id ${id}`, code: 'NOT_FOUND' }],
        });
      const key = FILTER_KEY[node.labels[0] as Label];
      const [recs, spans] = await Promise.all([
        key ? allRecommendations({ [key]: [id] }) : Promise.resolve([]),
        spansOf(id),
      ]);
      const provisions = provisionsOf(node);
      const asRecs = new Set(recs.map((r) => r.provision.id));
      const rows = [
        ...recs.map(recommendationRow),
        ...provisions.filter((p) => !asRecs.has(p.id)).map(provisionRow),
      ];
      return { name: node.name, rows, spans };
    })().then(
      (data) => live && setState({ status: 'ok', ...data }),
      (error: unknown) => live && setState({ status: 'error', failure: toFailure(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
