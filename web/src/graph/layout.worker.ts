/// <reference lib="webworker" />
import { type LayoutRequest, type LayoutResult, startLayout } from './forceLayout';

/** Iterations between two position updates sent to the page. */
const STEP = 60;

const post = (result: LayoutResult) =>
  (self as unknown as Worker).postMessage(result, [
    result.x.buffer,
    result.y.buffer,
    result.community.buffer,
  ]);

// The whole-graph layout off the main thread: the start at once, then positions every STEP iterations.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const run = startLayout(event.data);
  post(run.result(event.data.iterations === 0));
  for (let done = 0; done < event.data.iterations; done += STEP) {
    run.iterate(Math.min(STEP, event.data.iterations - done));
    post(run.result(done + STEP >= event.data.iterations));
  }
};
