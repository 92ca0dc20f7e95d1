// An Apollo plugin bounding what a request sends back: an answer larger than the cap is replaced by
// RESPONSE_TOO_LARGE; and an answer that carries data beside a per-field error is a 200 (the error
// stays in `errors`, with its path), not the 4xx of a request refused whole. The size is that of the
// JSON actually sent: `data` is serialised once here and the server's `stringifyResult` reuses it
// (a separate walk over the result cost most of a serialisation again).
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context';

/** The response body Apollo would write, using the already serialised `data` where there is one. */
export interface ResultWriter {
  plugin: ApolloServerPlugin<ApiContext>;
  stringifyResult(value: { errors?: unknown; data?: unknown; extensions?: unknown }): string;
}

/**
 * Whether `text` is over `maxBytes` in UTF-8. A UTF-16 unit is 1 to 3 bytes (a surrogate pair 4 for 2
 * units), so the length alone decides unless it lies between a third of the cap and the cap; only then
 * are the bytes counted (counting scans the whole string, a cost on every large answer).
 */
export function overBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return Buffer.byteLength(text) > maxBytes;
}

const hasData = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && Object.values(data).some((v) => v !== null);

export function responseBounds(maxBytes: number): ResultWriter {
  // data object → its JSON, for the one stringifyResult call of the same response
  const serialised = new WeakMap<object, string>();
  const plugin: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (typeof result.data === 'object' && result.data !== null) {
            const text = JSON.stringify(result.data);
            if (overBytes(text, maxBytes)) {
              response.body.singleResult = {
                errors: [
                  {
                    message: `the answer is larger than ${maxBytes} bytes: ask for smaller pages (first, limit) or fewer fields`,
                    extensions: { code: 'RESPONSE_TOO_LARGE' },
                  },
                ],
              };
              response.http.status = 400;
              return;
            }
            serialised.set(result.data, text);
          }
          const status = response.http.status;
          if (status !== undefined && status >= 400 && status < 500 && hasData(result.data)) {
            response.http.status = 200;
          }
        },
      };
    },
  };
  return {
    plugin,
    // Byte for byte what Apollo's default writes (JSON.stringify of errors, data, extensions in that
    // order, and a newline).
    stringifyResult(value) {
      const key = typeof value.data === 'object' && value.data !== null ? value.data : undefined;
      const data = key === undefined ? undefined : serialised.get(key);
      if (key === undefined || data === undefined) return `${JSON.stringify(value)}\n`;
      // used once: the entry would otherwise keep the JSON alive, through scavenges, as long as the
      // result object lives
      serialised.delete(key);
      // concatenated, not joined: V8 keeps a concatenation as a rope that is copied once, when the
      // body is written; a join copies the serialised data into a new string first
      let body = '{';
      if (value.errors !== undefined) body += `"errors":${JSON.stringify(value.errors)},`;
      body += `"data":${data}`;
      if (value.extensions !== undefined) body += `,"extensions":${JSON.stringify(value.extensions)}`;
      return `${body}}\n`;
    },
  };
}
