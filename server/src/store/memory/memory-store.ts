// The embedded GraphStore: the whole graph in memory (graphology), answering every query in-process.
import type { NodeLabel, RelationshipType } from '../bundle';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../bundle';
import { coverageOf, DIMENSION_LABEL, overlapOf } from '../contract/document-items';
import { byId, compareStrings, sortedUnique } from '../contract/ordering';
import {
  compareChains,
  comparePathIds,
  keptByDistance,
  pageOf,
  rankSimilar,
  similarityScore,
} from '../contract/results';
import { matchesAll, queryTerms, rankHits, scoreTokens } from '../contract/text-search';
import * as v from '../contract/validate';
import type {
  Coverage,
  GraphBundle,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphStats,
  GraphStore,
  ListNodesQuery,
  NeighbourhoodQuery,
  NodeFilter,
  ObligationChain,
  ObligationChainQuery,
  ObligationChains,
  Overlap,
  OverlapDimension,
  Page,
  PathsQuery,
  RelationshipsQuery,
  SearchHit,
  SearchQuery,
  SimilarRecommendation,
  StoreHealth,
  Subgraph,
} from '../graph-store';
import { invalidArgument, notFound } from '../store-error';
import { documentTriples } from './document-triples';
import { buildMemoryGraph, type MemoryGraph, textMatches } from './memory-graph';
import { distancesFrom, simplePathsOfLength, steps } from './traversal';

export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly mg: MemoryGraph;

  constructor(bundle: GraphBundle) {
    this.mg = buildMemoryGraph(bundle);
  }

  private get graph() {
    return this.mg.graph;
  }

  async health(): Promise<StoreHealth> {
    return { status: 'up', store: 'memory', nodes: this.graph.order };
  }

  async close(): Promise<void> {}

  private toNode(id: string): GraphNode {
    return this.mg.nodes.get(id) as GraphNode;
  }

  private toEdge(id: string): GraphEdge {
    return this.mg.edges.get(id) as GraphEdge;
  }

  private need(id: string, label?: NodeLabel): GraphNode {
    v.checkId(id);
    if (!this.graph.hasNode(id)) throw notFound(id);
    const node = this.toNode(id);
    if (label !== undefined && node.label !== label) throw invalidArgument(`${id} is not a ${label}`);
    return node;
  }

  async node(id: string): Promise<GraphNode> {
    return this.need(id);
  }

  async nodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    return v.checkIds(ids).map((id) => (this.graph.hasNode(id) ? this.toNode(id) : null));
  }

  private matchesFilter(id: string, filter: NodeFilter, textIds: Set<string> | null): boolean {
    if (textIds !== null && !textIds.has(id)) return false;
    const props = this.graph.getNodeAttribute(id, 'properties');
    for (const [key, values] of Object.entries(filter.properties ?? {})) {
      const value = props[key];
      const have: unknown[] = Array.isArray(value) ? value : [value];
      if (!have.some((x) => (values as unknown[]).includes(x))) return false;
    }
    for (const rf of filter.related ?? []) {
      const wanted = new Set(rf.ids);
      if (!steps(this.mg.incidence, id, new Set([rf.type]), rf.direction).some((s) => wanted.has(s.other)))
        return false;
    }
    return true;
  }

  async listNodes(query: ListNodesQuery): Promise<Page<GraphNode>> {
    const label = v.checkLabel(query.label);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    const after = v.decodeCursor(query.after);
    const filter = checkFilter(query.filter);
    const textIds = filter.text === undefined ? null : textMatches(this.mg, queryTerms(filter.text));
    const all = (this.mg.idsByLabel.get(label) ?? []).filter((id) => this.matchesFilter(id, filter, textIds));
    const rest = after === null ? all : all.filter((id) => id > after);
    return pageOf(
      rest.slice(0, first + 1).map((id) => this.toNode(id)),
      first,
      all.length,
    );
  }

  async relationships(query: RelationshipsQuery): Promise<GraphEdge[][]> {
    const ids = v.checkIds(query.ids);
    const types = new Set(v.checkTypes(query.types));
    const direction = v.checkDirection(query.direction);
    return ids.map((id) => {
      if (!this.graph.hasNode(id)) return [];
      const edges = sortedUnique(steps(this.mg.incidence, id, types, direction).map((s) => s.edge));
      return edges.map((e) => this.toEdge(e));
    });
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const terms = queryTerms(query.text);
    const labels = new Set(v.checkLabels(query.labels) ?? NODE_LABELS);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.searchFirst);
    const scored: Array<{ node: GraphNode; score: number }> = [];
    for (const id of textMatches(this.mg, terms)) {
      const attrs = this.graph.getNodeAttributes(id);
      if (!labels.has(attrs.label) || !matchesAll(terms, attrs.tokens)) continue;
      scored.push({ node: this.toNode(id), score: scoreTokens(terms, attrs.fields) });
    }
    return rankHits(terms, scored, first);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    this.need(query.id);
    const depth = v.checkInt('depth', query.depth, 1, v.LIMITS.depth);
    const limit = v.checkInt('limit', query.limit, 1, v.LIMITS.neighbourhoodNodes);
    const types = new Set(v.checkTypes(query.types));
    const direction = v.checkDirection(query.direction);
    const dist = distancesFrom(this.mg.incidence, query.id, depth, types, direction);
    const kept = keptByDistance(dist, limit);
    const edges = this.inducedEdges(new Set(kept), types);
    const allEdges = kept.length < dist.size ? this.countInducedEdges(dist, types) : edges.length;
    return {
      nodes: kept.map((id) => this.toNode(id)),
      edges: edges.map((e) => this.toEdge(e)),
      truncated: kept.length < dist.size,
      omittedNodes: dist.size - kept.length,
      omittedEdges: allEdges - edges.length,
    };
  }

  private countInducedEdges(ids: ReadonlyMap<string, unknown>, types: ReadonlySet<RelationshipType>): number {
    let count = 0;
    for (const id of ids.keys()) {
      for (const i of this.mg.incidence.get(id) ?? []) {
        if (i.outgoing && types.has(i.type) && ids.has(i.other)) count++;
      }
    }
    return count;
  }

  private inducedEdges(ids: ReadonlySet<string>, types: ReadonlySet<RelationshipType>): string[] {
    const out: string[] = [];
    for (const id of ids) {
      for (const i of this.mg.incidence.get(id) ?? []) {
        if (i.outgoing && types.has(i.type) && ids.has(i.other)) out.push(i.edge);
      }
    }
    return out.sort(compareStrings);
  }

  async paths(query: PathsQuery): Promise<GraphPath[]> {
    this.need(query.from);
    this.need(query.to);
    const maxLength = v.checkInt('maxLength', query.maxLength, 1, v.LIMITS.pathLength);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.paths);
    const types = new Set(v.checkTypes(query.types));
    const found: string[][] = [];
    for (let length = 1; length <= maxLength && found.length < first; length++) {
      found.push(
        ...simplePathsOfLength(this.mg.incidence, query.from, query.to, length, types).sort(comparePathIds),
      );
    }
    return found.slice(0, first).map((ids) => ({
      nodes: ids.map((id) => this.toNode(id)),
      edges: ids.slice(1).map((id, i) => {
        const prev = ids[i] as string;
        const joining = [...this.graph.edges(prev, id), ...this.graph.edges(id, prev)];
        return sortedUnique(joining.filter((e) => types.has(this.graph.getEdgeAttribute(e, 'type')))).map(
          (e) => this.toEdge(e),
        );
      }),
    }));
  }

  private edgesOfType(id: string, type: RelationshipType, direction: 'out' | 'in'): string[] {
    return steps(this.mg.incidence, id, new Set([type]), direction).map((s) => s.edge);
  }

  async obligationChains(query: ObligationChainQuery): Promise<ObligationChains> {
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    const wanted = chainFilter(query, (id, label) => this.need(id, label));
    const chains: ObligationChain[] = [];
    this.graph.forEachEdge((af, attrs, obligation, instrument) => {
      if (attrs.type !== 'ARISES_FROM' || !wanted.instrument(instrument) || !wanted.obligation(obligation))
        return;
      for (const im of this.edgesOfType(obligation, 'IMPLEMENTS', 'in')) {
        const rec = this.graph.source(im);
        if (!wanted.recommendation(rec)) continue;
        const causes = this.edgesOfType(rec, 'ADDRESSES', 'out').filter((e) =>
          wanted.rootCause(this.graph.target(e)),
        );
        if (query.rootCause !== undefined && causes.length === 0) continue;
        for (const at of this.edgesOfType(rec, 'ADDRESSED_TO', 'out')) {
          const actor = this.graph.target(at);
          if (!wanted.actor(actor)) continue;
          for (const ad of causes.length === 0 ? [null] : causes) {
            chains.push({
              instrument: this.toNode(instrument),
              obligation: this.toNode(obligation),
              recommendation: this.toNode(rec),
              actor: this.toNode(actor),
              rootCause: ad === null ? null : this.toNode(this.graph.target(ad)),
              arisesFrom: this.toEdge(af),
              implementsEdge: this.toEdge(im),
              addressedTo: this.toEdge(at),
              addresses: ad === null ? null : this.toEdge(ad),
            });
          }
        }
      }
    });
    chains.sort(compareChains);
    return { chains: chains.slice(0, first), totalCount: chains.length };
  }

  async overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap> {
    const dimension = checkDimension(query.dimension);
    const documents =
      query.documents === undefined
        ? (this.mg.idsByLabel.get('Document') ?? [])
        : query.documents.map((id) => this.need(id, 'Document').id);
    return overlapOf(documents, documentTriples(this.graph, dimension));
  }

  async coverage(query: { dimension: OverlapDimension }): Promise<Coverage> {
    const dimension = checkDimension(query.dimension);
    return coverageOf(
      this.mg.idsByLabel.get(DIMENSION_LABEL[dimension]) ?? [],
      this.mg.idsByLabel.get('Document') ?? [],
      documentTriples(this.graph, dimension),
    );
  }

  async similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]> {
    this.need(query.id, 'Recommendation');
    const minScore = v.checkScore('minScore', query.minScore);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    const rows = steps(this.mg.incidence, query.id, new Set(['SIMILAR_TO'] as const), 'both').map((s) => {
      const edge = this.toEdge(s.edge);
      return { recommendation: this.toNode(s.other), edge, score: similarityScore(edge.properties) };
    });
    return rankSimilar(rows, minScore, first);
  }

  async stats(): Promise<GraphStats> {
    const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, this.mg.idsByLabel.get(l)?.length ?? 0]));
    const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
      RelationshipType,
      number
    >;
    this.graph.forEachEdge((_e, a) => {
      byType[a.type] += 1;
    });
    return {
      nodes: this.graph.order,
      relationships: this.graph.size,
      byLabel: byLabel as Record<NodeLabel, number>,
      byType,
    };
  }

  async exportBundle(query?: { ids?: string[] }): Promise<GraphBundle> {
    const ids =
      query?.ids === undefined ? this.graph.nodes() : v.checkIds(query.ids).map((id) => this.need(id).id);
    const keep = new Set(ids);
    const nodes = [...keep].map((id) => this.toNode(id)).sort(byId);
    const edges = this.inducedEdges(keep, new Set(RELATIONSHIP_TYPES)).map((e) => this.toEdge(e));
    return {
      format: 'graph-bundle',
      version: 1,
      nodes: nodes.map((n) => ({ id: n.id, labels: [n.label], properties: n.properties })),
      relationships: edges.map((e) => ({
        type: e.type,
        start: e.start,
        end: e.end,
        properties: e.properties,
      })),
    };
  }
}

export function checkDimension(value: string): OverlapDimension {
  if (!(value in DIMENSION_LABEL)) throw invalidArgument(`unknown dimension: ${value}`);
  return value as OverlapDimension;
}

export function checkFilter(filter: NodeFilter | undefined): NodeFilter {
  const f = filter ?? {};
  for (const key of Object.keys(f.properties ?? {})) v.checkPropertyKey(key);
  for (const rf of f.related ?? []) {
    v.checkType(rf.type);
    v.checkDirection(rf.direction);
    v.checkIds(rf.ids);
  }
  return f;
}

type ChainPart = 'instrument' | 'obligation' | 'recommendation' | 'actor' | 'rootCause';
const CHAIN_LABEL: Record<ChainPart, NodeLabel> = {
  instrument: 'Instrument',
  obligation: 'Obligation',
  recommendation: 'Recommendation',
  actor: 'Actor',
  rootCause: 'RootCause',
};

/** Checks each given chain filter id (NOT_FOUND / wrong label) and returns a predicate per part. */
export function chainFilter(
  query: ObligationChainQuery,
  need: (id: string, label: NodeLabel) => unknown,
): Record<ChainPart, (id: string) => boolean> {
  const out = {} as Record<ChainPart, (id: string) => boolean>;
  for (const part of Object.keys(CHAIN_LABEL) as ChainPart[]) {
    const id = query[part];
    if (id !== undefined) need(id, CHAIN_LABEL[part]);
    out[part] = (x) => id === undefined || x === id;
  }
  return out;
}
