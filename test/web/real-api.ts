// Component tests talk to the real API (started by global-setup.ts), never a mock: the jsdom page is
// moved to the server's origin so the explorer's relative URLs reach it.
import { inject } from 'vitest';

interface JsdomHandle {
  reconfigure(options: { url: string }): void;
}

export function pointPageAt(url: string): void {
  (globalThis as unknown as { jsdom: JsdomHandle }).jsdom.reconfigure({ url });
}

/** Points the page at the real API and returns its base URL. */
export function useRealApi(path = '/'): string {
  const url = inject('apiUrl');
  pointPageAt(`${url}${path}`);
  return url;
}
