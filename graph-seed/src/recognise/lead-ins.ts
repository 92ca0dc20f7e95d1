// The provisions that lead into a provision: its chapeau, or the paragraph that introduces it.
import type { Provision } from '../types';

/** How many lead-ins up a short name is looked for (a roman sub-item's item, then its chapeau). */
const LEAD_IN_DEPTH = 3;
/** A paragraph ending on a colon introduces the one after it (a quotation, a list). */
const INTRODUCES = /:\s*$/;

/**
 * The lead-ins of each provision, nearest first: its chapeau (parentRef), or the provision just
 * before it in the running text where that ends on a colon; and theirs in turn. Provisions come in reading order, so
 * a lead-in is always read before what it leads into.
 */
export function leadIns(provisions: readonly Provision[]): (p: Provision) => string[] {
  const byRef = new Map(provisions.map((p) => [p.ref, p]));
  const previous = new Map<string, Provision>();
  // Footnotes and boxes stand apart from the running text they interrupt.
  const body = provisions.filter((p) => p.kind !== 'footnote' && p.kind !== 'box');
  body.forEach((p, k) => {
    const before = body[k - 1];
    if (before) previous.set(p.ref, before);
  });
  const leadOf = (p: Provision): Provision | undefined => {
    if (p.parentRef) return byRef.get(p.parentRef);
    const before = previous.get(p.ref);
    return before && INTRODUCES.test(before.text) ? before : undefined;
  };
  return (p) => {
    const out: string[] = [];
    for (let at = leadOf(p); at && out.length < LEAD_IN_DEPTH; at = leadOf(at)) out.push(at.ref);
    return out;
  };
}
