// The response cap's writer: the body it writes from the serialised data is the one Apollo's default
// (JSON.stringify of errors, data, extensions, and a newline) would write.
import { describe, expect, it } from 'vitest';
import { overBytes, responseBounds } from '../../server/src/graphql/response-bounds';

type Hook = (ctx: unknown) => Promise<void>;

async function send(maxBytes: number, singleResult: Record<string, unknown>, status?: number) {
  const bounds = responseBounds(maxBytes);
  const hooks = (await (bounds.plugin.requestDidStart as () => Promise<{ willSendResponse: Hook }>)()) as {
    willSendResponse: Hook;
  };
  const response = { body: { kind: 'single', singleResult }, http: { status } };
  await hooks.willSendResponse({ response });
  const r = response.body.singleResult as { errors?: unknown; data?: unknown; extensions?: unknown };
  return {
    status: response.http.status,
    text: bounds.stringifyResult({ errors: r.errors, data: r.data, extensions: r.extensions }),
    expected: `${JSON.stringify({ errors: r.errors, data: r.data, extensions: r.extensions })}\n`,
  };
}

describe('response bounds', () => {
  it('writes the same body as JSON.stringify with data, errors, extensions or none of them', async () => {
    const data = { a: [1, 'é "quoted"', { b: null, c: true }], d: '\u2028' };
    for (const result of [
      { data },
      { data, errors: [{ message: 'x', path: ['a'] }] },
      { data, extensions: { cost: 3 } },
      { data: null, errors: [{ message: 'y' }] },
      { errors: [{ message: 'z' }] },
    ]) {
      const { text, expected } = await send(1000, result);
      expect(text).toBe(expected);
    }
  });

  it('writes the same body again when one result is written twice (the serialised data is used once)', async () => {
    const bounds = responseBounds(1000);
    const hooks = (await (bounds.plugin.requestDidStart as () => Promise<{ willSendResponse: Hook }>)()) as {
      willSendResponse: Hook;
    };
    const data = { a: [1, { b: 'x' }] };
    await hooks.willSendResponse({
      response: { body: { kind: 'single', singleResult: { data } }, http: {} },
    });
    const first = bounds.stringifyResult({ data });
    expect(bounds.stringifyResult({ data })).toBe(first);
    expect(first).toBe(`${JSON.stringify({ data })}\n`);
  });

  it('replaces data larger than the cap with RESPONSE_TOO_LARGE and a 400', async () => {
    const { status, text } = await send(10, { data: { long: 'x'.repeat(20) } });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(JSON.parse(text).data).toBeUndefined();
  });

  it('measures the cap in UTF-8 bytes, not string length, on both sides of it', () => {
    for (const text of ['', 'abc', 'é'.repeat(40), '—'.repeat(30), '😀'.repeat(25), `a${'é'.repeat(50)}`]) {
      const bytes = Buffer.byteLength(text);
      for (const cap of [0, 1, bytes - 1, bytes, bytes + 1, text.length, text.length * 3, bytes * 2]) {
        if (cap < 0) continue;
        expect(overBytes(text, cap), `${JSON.stringify(text.slice(0, 3))}… cap ${cap}`).toBe(bytes > cap);
      }
    }
  });

  it('makes a 4xx carrying data beside a field error a 200', async () => {
    const { status } = await send(1000, { data: { a: 1, b: null }, errors: [{ message: 'b failed' }] }, 400);
    expect(status).toBe(200);
  });
});
