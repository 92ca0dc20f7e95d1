// The GraphStore on a real Neo4j. Cypher does the graph work (matching, expansion, joins); the shared
// contract modules do ranking, ordering and aggregation, so answers equal the memory store's.
import neo4j from 'neo4j-driver';
import type { NodeLabel, RelationshipType } from '../bundle';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../bundle';
import { coverageOf, DIMENSION_LABEL, type DocumentItem, overlapOf } from '../contract/document-items';
import { byId, compareStrings } from '../contract/ordering';
import {
  compareChains,
  comparePathIds,
  keptByDistance,
  pageOf,
  rankSimilar,
  similarityScore,
} from '../contract/results';
import { luceneQuery, matchesAll, queryTerms, rankHits, scoreNode } from '../contract/text-search';
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
import { chainFilterIds, checkDimension, checkFilter } from '../contract/query-checks';
import { invalidArgument, notFound, StoreError } from '../store-error';
import { type Neo4jSettings, Neo4jConnection, type Reader } from './connection';
import * as cy from './cypher';
import { type EdgeRow, type NodeRow, searchTokensOf, toEdge, toNode } from './records';

const byEdgeId = (a: GraphEdge, b: GraphEdge) => compareStrings(a.id, b.id);

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly conn: Neo4jConnection;

  constructor(settings: Neo4jSettings) {
    this.conn = new Neo4jConnection(settings);
  }

  async health(): Promise<StoreHealth> {
    try {
      const nodes = await this.conn.read(async (run, ver) => {
        if (ver < 0) return 0;
        const [meta] = await run<{ nodes: number | null }>(cy.currentVersion(this.conn.graphKey));
        return meta?.nodes ?? 0;
      });
      return { status: 'up', store: 'neo4j', nodes };
    } catch {
      return { status: 'down', store: 'neo4j', code: 'UNAVAILABLE' };
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  private async fetchNodes(
    run: Reader,
    ver: number,
    ids: readonly string[],
  ): Promise<Map<string, GraphNode>> {
    const rows = await run<{ node: NodeRow }>(cy.nodesByIds(ver, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.node.id, toNode(r.node)]));
  }

  /** Each id must name a node (NOT_FOUND), of `label` when given (INVALID_ARGUMENT). */
  private async need(run: Reader, ver: number, wanted: Array<{ id: string; label?: NodeLabel }>) {
    const found = await this.fetchNodes(run, ver, v.checkIds(wanted.map((w) => w.id)));
    for (const w of wanted) {
      const node = found.get(w.id);
      if (node === undefined) throw notFound(w.id);
      if (w.label !== undefined && node.label !== w.label)
        throw invalidArgument(`${w.id} is not a ${w.label}`);
    }
    return found;
  }

  async node(id: string): Promise<GraphNode> {
    v.checkId(id);
    return this.conn.read(async (run, ver) => (await this.need(run, ver, [{ id }])).get(id) as GraphNode);
  }

  async nodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    const checked = v.checkIds(ids);
    const found = await this.conn.read((run, ver) => this.fetchNodes(run, ver, checked));
    return checked.map((id) => found.get(id) ?? null);
  }

  private async textIds(run: Reader, ver: number, text: string, labels: readonly NodeLabel[]) {
    const terms = queryTerms(text);
    const rows = await run<{ node: NodeRow }>(cy.fulltextCandidates(ver, luceneQuery(terms), labels));
    return { terms, rows: rows.filter((r) => matchesAll(terms, searchTokensOf(r.node))) };
  }

  async listNodes(query: ListNodesQuery): Promise<Page<GraphNode>> {
    const label = v.checkLabel(query.label);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    const after = v.decodeCursor(query.after);
    const filter = checkFilter(query.filter);
    return this.conn.read(async (run, ver) => {
      const textIds =
        filter.text === undefined
          ? null
          : (await this.textIds(run, ver, filter.text, [label])).rows.map((r) => r.node.id);
      const params: cy.ListFilterParams = {
        props: Object.entries(filter.properties ?? {}).map(([key, values]) => ({ key, values })),
        related: (filter.related ?? []).map((rf) => ({ type: rf.type, dir: rf.direction, ids: rf.ids })),
        textIds,
      };
      const rows = await run<{ node: NodeRow }>(
        cy.listNodes(ver, label, params, after, neo4j.int(first + 1)),
      );
      const [count] = await run<{ total: number }>(cy.countNodes(ver, label, params));
      return pageOf(
        rows.map((r) => toNode(r.node)),
        first,
        count?.total ?? 0,
      );
    });
  }

  async relationships(query: RelationshipsQuery): Promise<GraphEdge[][]> {
    const ids = v.checkIds(query.ids);
    const types = v.checkTypes(query.types);
    const direction = v.checkDirection(query.direction);
    const rows = await this.conn.read((run, ver) =>
      run<{ id: string; edges: EdgeRow[] }>(cy.relationshipsOf(ver, [...new Set(ids)], types, direction)),
    );
    const byNode = new Map(rows.map((r) => [r.id, r.edges.map(toEdge).sort(byEdgeId)]));
    return ids.map((id) => byNode.get(id) ?? []);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const labels = v.checkLabels(query.labels) ?? [...NODE_LABELS];
    const first = v.checkInt('first', query.first, 1, v.LIMITS.searchFirst);
    const { terms, rows } = await this.conn.read((run, ver) => this.textIds(run, ver, query.text, labels));
    const scored = rows.map((r) => {
      const node = toNode(r.node);
      return { node, score: scoreNode(terms, node.properties) };
    });
    return rankHits(terms, scored, first);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    v.checkId(query.id);
    const depth = v.checkInt('depth', query.depth, 1, v.LIMITS.depth);
    const limit = v.checkInt('limit', query.limit, 1, v.LIMITS.neighbourhoodNodes);
    const types = v.checkTypes(query.types);
    const direction = v.checkDirection(query.direction);
    return this.conn.read(async (run, ver) => {
      await this.need(run, ver, [{ id: query.id }]);
      const dist = new Map<string, number>([[query.id, 0]]);
      let frontier = [query.id];
      for (let d = 1; d <= depth && frontier.length > 0; d++) {
        const rows = await run<{ id: string }>(cy.expandFrontier(ver, frontier, types, direction));
        frontier = rows.map((r) => r.id).filter((id) => !dist.has(id));
        for (const id of frontier) dist.set(id, d);
      }
      const kept = keptByDistance(dist, limit);
      const [all] = await run<{ total: number }>(cy.countInducedEdges(ver, [...dist.keys()], types));
      const edges = (await run<{ edge: EdgeRow }>(cy.inducedEdges(ver, kept, types))).map((r) =>
        toEdge(r.edge),
      );
      const nodes = await this.fetchNodes(run, ver, kept);
      return {
        nodes: kept.map((id) => nodes.get(id) as GraphNode),
        edges: edges.sort(byEdgeId),
        truncated: kept.length < dist.size,
        omittedNodes: dist.size - kept.length,
        omittedEdges: (all?.total ?? 0) - edges.length,
      };
    });
  }

  async paths(query: PathsQuery): Promise<GraphPath[]> {
    const maxLength = v.checkInt('maxLength', query.maxLength, 1, v.LIMITS.pathLength);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.paths);
    const types = v.checkTypes(query.types);
    return this.conn.read(async (run, ver) => {
      await this.need(run, ver, [{ id: query.from }, { id: query.to }]);
      const found: string[][] = [];
      for (let length = 1; length <= maxLength && found.length < first; length++) {
        const cap = v.LIMITS.pathCandidates;
        const rows = await run<{ ids: string[] }>(
          cy.simplePaths(ver, query.from, query.to, length, types, neo4j.int(cap + 1)),
        );
        if (rows.length > cap)
          throw new StoreError('INVALID_ARGUMENT', 'too many paths: narrow the types or the length');
        found.push(...rows.map((r) => r.ids).sort(comparePathIds));
      }
      const chosen = found.slice(0, first);
      const pairs = new Map<string, [string, string]>();
      for (const ids of chosen) {
        for (let i = 1; i < ids.length; i++)
          pairs.set(`${ids[i - 1]}\u0000${ids[i]}`, [ids[i - 1] as string, ids[i] as string]);
      }
      const joined = await run<{ pair: [string, string]; edges: EdgeRow[] }>(
        cy.joiningEdges(ver, [...pairs.values()], types),
      );
      const edgesOf = new Map(
        joined.map((j) => [`${j.pair[0]}\u0000${j.pair[1]}`, j.edges.map(toEdge).sort(byEdgeId)]),
      );
      const nodes = await this.fetchNodes(run, ver, chosen.flat());
      return chosen.map((ids) => ({
        nodes: ids.map((id) => nodes.get(id) as GraphNode),
        edges: ids.slice(1).map((id, i) => edgesOf.get(`${ids[i]}\u0000${id}`) ?? []),
      }));
    });
  }

  async obligationChains(query: ObligationChainQuery): Promise<ObligationChains> {
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    const wanted = chainFilterIds(query);
    return this.conn.read(async (run, ver) => {
      if (wanted.length > 0) await this.need(run, ver, wanted);
      type Row = Record<'instrument' | 'obligation' | 'recommendation' | 'actor', NodeRow> & {
        rootCause: NodeRow | null;
        arisesFrom: EdgeRow;
        implementsEdge: EdgeRow;
        addressedTo: EdgeRow;
        addresses: EdgeRow | null;
      };
      const rows = await run<Row>(
        cy.obligationChains(ver, {
          instrument: query.instrument ?? null,
          obligation: query.obligation ?? null,
          recommendation: query.recommendation ?? null,
          actor: query.actor ?? null,
          rootCause: query.rootCause ?? null,
        }),
      );
      const chains: ObligationChain[] = rows.map((r) => ({
        instrument: toNode(r.instrument),
        obligation: toNode(r.obligation),
        recommendation: toNode(r.recommendation),
        actor: toNode(r.actor),
        rootCause: r.rootCause === null ? null : toNode(r.rootCause),
        arisesFrom: toEdge(r.arisesFrom),
        implementsEdge: toEdge(r.implementsEdge),
        addressedTo: toEdge(r.addressedTo),
        addresses: r.addresses === null ? null : toEdge(r.addresses),
      }));
      chains.sort(compareChains);
      return { chains: chains.slice(0, first), totalCount: chains.length };
    });
  }

  async overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap> {
    const dimension = checkDimension(query.dimension);
    const asked = query.documents === undefined ? undefined : v.checkIds(query.documents);
    return this.conn.read(async (run, ver) => {
      const documents =
        asked === undefined
          ? (await run<{ id: string }>(cy.idsOfLabel(ver, 'Document'))).map((r) => r.id)
          : [
              ...(
                await this.need(
                  run,
                  ver,
                  asked.map((id) => ({ id, label: 'Document' as const })),
                )
              ).keys(),
            ];
      const triples = await run<DocumentItem>(cy.documentTriples(ver, dimension));
      return overlapOf(documents, triples);
    });
  }

  async coverage(query: { dimension: OverlapDimension }): Promise<Coverage> {
    const dimension = checkDimension(query.dimension);
    return this.conn.read(async (run, ver) => {
      const items = await run<{ id: string }>(cy.idsOfLabel(ver, DIMENSION_LABEL[dimension]));
      const documents = await run<{ id: string }>(cy.idsOfLabel(ver, 'Document'));
      const triples = await run<DocumentItem>(cy.documentTriples(ver, dimension));
      return coverageOf(
        items.map((r) => r.id),
        documents.map((r) => r.id),
        triples,
      );
    });
  }

  async similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]> {
    v.checkId(query.id);
    const minScore = v.checkScore('minScore', query.minScore);
    const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
    return this.conn.read(async (run, ver) => {
      await this.need(run, ver, [{ id: query.id, label: 'Recommendation' }]);
      const rows = await run<{ node: NodeRow; edge: EdgeRow }>(cy.similarTo(ver, query.id));
      const similar = rows.map((r) => {
        const edge = toEdge(r.edge);
        return { recommendation: toNode(r.node), edge, score: similarityScore(edge.properties) };
      });
      return rankSimilar(similar, minScore, first);
    });
  }

  async stats(): Promise<GraphStats> {
    return this.conn.read(async (run, ver) => {
      const labels = await run<{ key: NodeLabel; total: number }>(cy.countByLabel(ver));
      const types = await run<{ key: RelationshipType; total: number }>(cy.countByType(ver));
      const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
      const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
        RelationshipType,
        number
      >;
      for (const r of labels) byLabel[r.key] = r.total;
      for (const r of types) byType[r.key] = r.total;
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      return {
        nodes: sum(Object.values(byLabel)),
        relationships: sum(Object.values(byType)),
        byLabel,
        byType,
      };
    });
  }

  async exportBundle(query?: { ids?: string[] }): Promise<GraphBundle> {
    const asked = query?.ids === undefined ? undefined : v.checkIds(query.ids);
    return this.conn.read(async (run, ver) => {
      let nodes: GraphNode[];
      let edges: GraphEdge[];
      if (asked === undefined) {
        nodes = (await run<{ node: NodeRow }>(cy.allNodes(ver))).map((r) => toNode(r.node));
        edges = (await run<{ edge: EdgeRow }>(cy.allEdges(ver))).map((r) => toEdge(r.edge));
      } else {
        nodes = [
          ...(
            await this.need(
              run,
              ver,
              asked.map((id) => ({ id })),
            )
          ).values(),
        ];
        edges = (
          await run<{ edge: EdgeRow }>(cy.inducedEdges(ver, [...new Set(asked)], RELATIONSHIP_TYPES))
        ).map((r) => toEdge(r.edge));
      }
      return {
        format: 'graph-bundle',
        version: 1,
        nodes: nodes.sort(byId).map((n) => ({ id: n.id, labels: [n.label], properties: n.properties })),
        relationships: edges
          .sort(byEdgeId)
          .map((e) => ({ type: e.type, start: e.start, end: e.end, properties: e.properties })),
      };
    });
  }
}
