// Walks on Neo4j: neighbourhoods (breadth-first, one query per level) and typed simple paths.
import neo4j from 'neo4j-driver';
import { comparePathIds, keptByDistance } from '../contract/results';
import type { NeighbourhoodArgs, PathsArgs } from '../contract/normalise';
import { LIMITS } from '../contract/validate';
import type { GraphNode, GraphPath, Subgraph } from '../graph-store';
import { notFound, StoreError } from '../store-error';
import { byEdgeId, fetchNodes, need } from './access';
import type { Neo4jConnection } from './connection';
import * as cy from './cypher';
import * as cyw from './cypher-walks';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './encoding';

export async function neighbourhood(conn: Neo4jConnection, query: NeighbourhoodArgs): Promise<Subgraph> {
  const { depth, limit, types, direction } = query;
  if (depth === 1) return neighbourhoodOne(conn, query);
  return conn.readAt(async (run, at) => {
    const [start] = await run<{ v: number; next: string[] }>(cyw.walkStart(at, query.id, types, direction));
    if (start === undefined) throw notFound(query.id);
    const ver = start.v;
    const dist = new Map<string, number>([[query.id, 0]]);
    let frontier = start.next.filter((id) => id !== query.id);
    for (const id of frontier) dist.set(id, 1);
    for (let d = 2; d <= depth && frontier.length > 0; d++) {
      const rows = await run<{ id: string }>(cyw.expandFrontier(ver, frontier, types, direction));
      frontier = rows.map((r) => r.id).filter((id) => !dist.has(id));
      for (const id of frontier) dist.set(id, d);
    }
    const kept = keptByDistance(dist, limit);
    const [answer] = await run<{ total: number; edges: EdgeRow[]; nodes: NodeRow[] }>(
      cyw.walkAnswer(ver, [...dist.keys()], kept, types, query.keys),
    );
    const edges = (answer?.edges ?? []).map(toEdge);
    const nodes = new Map((answer?.nodes ?? []).map((n) => [n.id, toNode(n)]));
    return {
      nodes: kept.map((id) => nodes.get(id) as GraphNode),
      edges: edges.sort(byEdgeId),
      truncated: kept.length < dist.size,
      omittedNodes: dist.size - kept.length,
      omittedEdges: (answer?.total ?? 0) - edges.length,
    };
  });
}

/** Depth 1: one round trip (cypher-walks.ts walkOne). */
function neighbourhoodOne(conn: Neo4jConnection, query: NeighbourhoodArgs): Promise<Subgraph> {
  const { id, limit } = query;
  return conn.readAt(async (run, at) => {
    const [answer] = await run<{ around: string[]; total: number; edges: EdgeRow[]; nodes: NodeRow[] }>(
      cyw.walkOne(at, id, query.types, query.direction, neo4j.int(limit), query.keys),
    );
    if (answer === undefined) throw notFound(id);
    const nodes = new Map(answer.nodes.map((n) => [n.id, toNode(n)]));
    const kept = [id, ...answer.around.slice(0, limit - 1)];
    return {
      nodes: kept.map((k) => nodes.get(k) as GraphNode),
      edges: answer.edges.map(toEdge).sort(byEdgeId),
      truncated: kept.length < answer.around.length + 1,
      omittedNodes: answer.around.length + 1 - kept.length,
      omittedEdges: answer.total - answer.edges.length,
    };
  });
}

export async function paths(conn: Neo4jConnection, query: PathsArgs): Promise<GraphPath[]> {
  const { maxLength, first, types } = query;
  return conn.read(async (run, ver) => {
    await need(run, ver, [{ id: query.from }, { id: query.to }]);
    const found: string[][] = [];
    for (let length = 1; length <= maxLength && found.length < first; length++) {
      const cap = LIMITS.pathCandidates;
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
    const nodes = await fetchNodes(run, ver, chosen.flat());
    return chosen.map((ids) => ({
      nodes: ids.map((id) => nodes.get(id) as GraphNode),
      edges: ids.slice(1).map((id, i) => edgesOf.get(`${ids[i]}\u0000${id}`) ?? []),
    }));
  });
}
