// The embedded GraphStore: the whole graph in memory (a graphology graph and indexes derived from
// it), answering in-process. Queries arrive normalised (contract/contract-store.ts); each group of
// queries lives in its own module, this class only wires them to the graph.
import type { GraphBundle } from '../bundle';
import { ContractStore, type StoreAnswers } from '../contract/contract-store';
import type { StoreHealth } from '../graph-store';
import { need, nodeOrNull } from './access';
import * as aggregates from './aggregates';
import * as chains from './chains';
import * as lookups from './lookups';
import { buildMemoryGraph, type MemoryGraph } from './memory-graph';
import * as walks from './walks';

const answersOf = (mg: MemoryGraph): StoreAnswers => ({
  node: (id) => need(mg, id),
  nodes: (ids) => ids.map((id) => nodeOrNull(mg, id)),
  listNodes: (args) => lookups.listNodes(mg, args),
  relationships: (args) => lookups.relationships(mg, args),
  search: (args) => lookups.search(mg, args),
  neighbourhood: (args) => walks.neighbourhood(mg, args),
  paths: (args) => walks.paths(mg, args),
  obligationChains: (args) => chains.obligationChains(mg, args),
  similarRecommendations: (args) => chains.similarRecommendations(mg, args),
  overlap: (args) => aggregates.overlap(mg, args),
  coverage: (args) => aggregates.coverage(mg, args),
  stats: () => aggregates.stats(mg),
  exportBundle: (args) => aggregates.exportBundle(mg, args),
});

export class MemoryGraphStore extends ContractStore {
  readonly kind = 'memory' as const;
  private readonly mg: MemoryGraph;
  protected readonly answers: StoreAnswers;

  constructor(bundle: GraphBundle) {
    super();
    this.mg = buildMemoryGraph(bundle);
    this.answers = answersOf(this.mg);
  }

  async health(): Promise<StoreHealth> {
    return { status: 'up', store: 'memory', nodes: this.mg.graph.order };
  }

  async close(): Promise<void> {}
}
