import type { AskOverlap } from './ask-overlap';

// A bound on the links kept per recommendation, for scale only (bench/corpus-gen: many verbatim
// twins); it never binds on the real corpus.

/** At most `max` links per recommendation, its best by score (ties by partner): a link stays if either end keeps it. */
export function boundLinks(links: AskOverlap[], n: number, max: number): AskOverlap[] {
  const byRec: number[][] = Array.from({ length: n }, () => []);
  links.forEach((l, i) => {
    byRec[l.a]!.push(i);
    byRec[l.b]!.push(i);
  });
  const keep = new Set<number>();
  for (const list of byRec) {
    if (list.length <= max) {
      for (const i of list) keep.add(i);
      continue;
    }
    list.sort((x, y) => links[y]!.score - links[x]!.score || x - y);
    for (const i of list.slice(0, max)) keep.add(i);
  }
  return links.filter((_, i) => keep.has(i));
}
