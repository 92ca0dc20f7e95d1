// The whole-graph layout in a worker thread: seconds of ForceAtlas2 never hold the server's event loop.
import { parentPort } from 'node:worker_threads';
import { forceLayout, type LayoutRequest, type LayoutResult } from './force-layout';

parentPort?.on('message', (request: LayoutRequest) => {
  const result: LayoutResult = forceLayout(request);
  parentPort?.postMessage(result);
});
