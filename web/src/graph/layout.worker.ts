/// <reference lib="webworker" />
import { forceLayout, type LayoutRequest, type LayoutResult } from './forceLayout';

const post = (result: LayoutResult) =>
  (self as unknown as Worker).postMessage(result, [
    result.x.buffer,
    result.y.buffer,
    result.community.buffer,
  ]);

// The whole-graph layout off the main thread, posted once finished: each set of positions the page
// receives is a full redraw of thousands of elements there, so the start is not drawn and then moved.
self.onmessage = (event: MessageEvent<LayoutRequest>) => post(forceLayout(event.data));
