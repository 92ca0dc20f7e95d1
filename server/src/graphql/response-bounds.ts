// An Apollo plugin bounding what a request sends back: an answer larger than the cap is replaced by
// RESPONSE_TOO_LARGE (its size is measured by a walk over the result, far cheaper than the
// serialisation it saves); and an answer that carries data beside a per-field error is a 200 (the
// error stays in `errors`, with its path), not the 4xx of a request refused whole.
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context';

/** Bytes the JSON of `value` takes, roughly (strings by length); stops counting once past `cap`. */
export function jsonSize(value: unknown, cap: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= cap) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) size += 5;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        size += k.length + 4;
        stack.push(x);
      }
    }
  }
  return size;
}

const hasData = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && Object.values(data).some((v) => v !== null);

export function responseBounds(maxBytes: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (
            result.data !== undefined &&
            result.data !== null &&
            jsonSize(result.data, maxBytes) > maxBytes
          ) {
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
          const status = response.http.status;
          if (status !== undefined && status >= 400 && status < 500 && hasData(result.data)) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
