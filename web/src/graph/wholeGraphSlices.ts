import { type GraphBundle, bundleToSubgraph } from './bundle';
import { getJson, toFailure } from '../api/client';
import type { WholeGraphMessage } from './wholeGraph';

/** Elements per message: each is read on the page in a task of its own, short enough never to freeze it. */
const SLICE = 500;

/**
 * Fetches and parses the whole graph, then says it in slices and `done`; any failure (the API's
 * refusal with its code, a body that does not parse) is said as one `failure`, so the page never waits
 * for an answer that will not come.
 */
export async function sendWholeGraph(url: string, post: (message: WholeGraphMessage) => void): Promise<void> {
  let graph: ReturnType<typeof bundleToSubgraph>;
  try {
    graph = bundleToSubgraph((await getJson(url)) as GraphBundle);
  } catch (error) {
    post({ kind: 'failure', failure: toFailure(error) });
    return;
  }
  const { nodes, edges } = graph;
  for (let i = 0; i < nodes.length; i += SLICE) post({ kind: 'nodes', items: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < edges.length; i += SLICE) post({ kind: 'edges', items: edges.slice(i, i + SLICE) });
  post({ kind: 'done' });
}
