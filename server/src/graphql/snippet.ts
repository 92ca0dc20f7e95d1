// A search snippet as HTML: the passage escaped, matched words wrapped in <mark>. Escaping here means
// the explorer can insert it as HTML without ever rendering text from the corpus as markup.
import type { Snippet } from '../store/graph-store';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export function markedSnippet(snippet: Snippet): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...snippet.highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${escapeHtml(snippet.text.slice(at, start))}<mark>${escapeHtml(snippet.text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(snippet.text.slice(at));
}
