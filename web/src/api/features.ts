import { gql } from './client';

/**
 * What the API being talked to offers, asked once by introspection: newer fields (issue 13's search
 * connection, link `spans`) are used where served, and nothing asks for a field the API lacks.
 */
export interface Features {
  /** `search` returns a connection with `suggestions` (not a list of hits). */
  searchConnection: boolean;
  /** Link types (RecommendationLink, …) carry `spans`. */
  linkSpans: boolean;
  /** Canvas edges (GraphEdge) carry `spans`. */
  edgeSpans: boolean;
}

const FEATURES = `query Features {
  query: __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind } } } } }
  link: __type(name: "RecommendationLink") { fields { name } }
  edge: __type(name: "GraphEdge") { fields { name } }
}`;

interface TypeRef {
  kind: string;
  ofType?: TypeRef | null;
}
interface Introspection {
  query: { fields: { name: string; type: TypeRef }[] } | null;
  link: { fields: { name: string }[] } | null;
  edge: { fields: { name: string }[] } | null;
}

const hasList = (t: TypeRef | null | undefined): boolean => !!t && (t.kind === 'LIST' || hasList(t.ofType));

let asked: Promise<Features> | null = null;

export function features(): Promise<Features> {
  asked ??= gql<Introspection>(FEATURES).then((data) => {
    const search = data.query?.fields.find((f) => f.name === 'search');
    return {
      searchConnection: search !== undefined && !hasList(search.type),
      linkSpans: data.link?.fields.some((f) => f.name === 'spans') ?? false,
      edgeSpans: data.edge?.fields.some((f) => f.name === 'spans') ?? false,
    };
  });
  asked.catch(() => {
    asked = null; // asked again next time (the API was down)
  });
  return asked;
}
