/// <reference lib="webworker" />
import type { GraphBundle } from '@atlas/graph-seed/bundle';
import { bundleToSubgraph } from './bundle';
import type { WholeGraphMessage } from './wholeGraph';

/** Elements per message: each is read on the page in a task of its own, short enough never to freeze it. */
const SLICE = 500;

const post = (message: WholeGraphMessage) => (self as unknown as Worker).postMessage(message);

// The whole graph is fetched and parsed here: parsing megabytes of JSON is the page's longest task
// otherwise. It reaches the page in slices; the page puts them together.
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  let response: Response;
  try {
    response = await fetch(event.data.url);
  } catch (error) {
    post({ kind: 'failure', failure: { kind: 'network', detail: String(error) } });
    return;
  }
  if (!response.ok) {
    post({
      kind: 'failure',
      failure: { kind: 'http', status: response.status, detail: response.statusText },
    });
    return;
  }
  const { nodes, edges } = bundleToSubgraph((await response.json()) as GraphBundle);
  for (let i = 0; i < nodes.length; i += SLICE) post({ kind: 'nodes', items: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < edges.length; i += SLICE) post({ kind: 'edges', items: edges.slice(i, i + SLICE) });
  post({ kind: 'done' });
};
