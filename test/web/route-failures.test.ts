// @vitest-environment jsdom
// The explorer's GETs of the API's JSON routes (the whole graph, its layout): a refusal keeps the
// route's `extensions.code`, and the whole graph's worker says every failure instead of falling silent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureCode, getJson } from '../../web/src/api/client';
import type { WholeGraphMessage } from '../../web/src/graph/wholeGraph';
import { sendWholeGraph } from '../../web/src/graph/wholeGraphSlices';
import { failureOf } from './failure-of';

const answer = (body: string, status: number) =>
  vi.stubGlobal(
    'fetch',
    async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  );

const refusal = JSON.stringify({
  errors: [{ message: 'the graph store is down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
});

const refusalOf = (url: string) => failureOf(() => getJson(url));

describe('a JSON route of the API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the code of the route's refusal", async () => {
    answer(refusal, 503);
    expect(failureCode(await refusalOf('http://atlas.test/export/graph-layout.json'))).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('is an HTTP failure when the answer is not JSON', async () => {
    answer('<html>proxy error</html>', 200);
    expect(await refusalOf('http://atlas.test/export/graph.json')).toEqual({
      kind: 'http',
      status: 200,
      detail: 'the answer is not JSON',
    });
  });

  it('has the whole-graph worker say a malformed graph as a failure, not leave the page waiting', async () => {
    answer(JSON.stringify({ nodes: 'not a list' }), 200);
    const said: WholeGraphMessage[] = [];
    await sendWholeGraph('http://atlas.test/export/graph.json', (m) => said.push(m));
    expect(said.map((m) => m.kind)).toEqual(['failure']);
  });

  it("has the whole-graph worker pass the route's refusal on with its code", async () => {
    answer(refusal, 503);
    const said: WholeGraphMessage[] = [];
    await sendWholeGraph('http://atlas.test/export/graph.json', (m) => said.push(m));
    const [message] = said;
    expect(message?.kind === 'failure' && failureCode(message.failure)).toBe('SERVICE_UNAVAILABLE');
  });
});
