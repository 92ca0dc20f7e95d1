/// <reference lib="webworker" />
import type { WholeGraphMessage } from './wholeGraph';
import { sendWholeGraph } from './wholeGraphSlices';

const post = (message: WholeGraphMessage) => (self as unknown as Worker).postMessage(message);

// The whole graph is fetched and parsed here: parsing megabytes of JSON is the page's longest task
// otherwise. It reaches the page in slices; the page puts them together.
self.onmessage = (event: MessageEvent<{ url: string }>) => void sendWholeGraph(event.data.url, post);
