import type { RecommendationAsks } from './ask-overlap';

// A measure's field may cover other measures (measures.yaml `covers`): an ask for the field
// ("address the root causes and risk factors", "access to justice and redress") contains the
// asks of the measures it covers (economic empowerment, compensation). A recommendation that asks
// nothing outside one field is contained in every recommendation that asks for that field itself.

/** For each covered measure and each field measure, the fields it belongs to. */
export function fieldsOf(covers: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (m: string, field: string) => out.set(m, [...(out.get(m) ?? []), field]);
  for (const [field, members] of covers) {
    add(field, field);
    for (const m of members) add(m, field);
  }
  return out;
}

/** The units of `r` (own words, not a chapeau's) that call for a measure of `field`. */
type Fields = ReadonlyMap<string, readonly string[]>;

export function fieldUnits(r: RecommendationAsks, field: string, fields: Fields) {
  const units = new Set<number>();
  let head = false;
  r.hits.forEach((hits, u) => {
    for (const h of hits) {
      if (h.lead || !(fields.get(h.measure) ?? []).includes(field)) continue;
      units.add(u);
      if (h.measure === field) head = true;
    }
  });
  return { units, head };
}

/**
 * Whether `r` lies wholly in `field`: every measure of it is the field or one it covers, and at
 * least `share` of its asks call for one of them.
 */
function insideField(
  r: RecommendationAsks,
  measures: ReadonlySet<string>,
  field: string,
  fields: Fields,
  share: number,
) {
  const inField = (m: string) => (fields.get(m) ?? []).includes(field);
  if (measures.size === 0 || ![...measures].every(inField)) return false;
  return fieldUnits(r, field, fields).units.size / r.hits.length >= share;
}

/**
 * Whether `r` asks for `field` itself in its own words, as its principal ask: more than `share` of
 * its measures are the field or ones it covers (not a side clause of a recommendation about other
 * things: "information campaigns based on … community risk factors").
 */
function asksField(
  r: RecommendationAsks,
  measures: ReadonlySet<string>,
  field: string,
  fields: Fields,
  share: number,
) {
  if (!fieldUnits(r, field, fields).head) return false;
  const inField = [...measures].filter((m) => (fields.get(m) ?? []).includes(field)).length;
  return inField / measures.size > share;
}

/** One recommendation of a pair asking for a field that the other lies wholly in. */
export interface FieldContainment {
  field: string;
  /** Which of the pair (a < b) asks for the field: it contains the other. */
  outer: 'a' | 'b';
  /** The units of each that call for a measure of the field. */
  unitsA: number[];
  unitsB: number[];
}

/**
 * For each recommendation `a`, the recommendations `b > a` of other documents in a field
 * containment with it (the first field found, in catalogue order); at most `maxPartners` per
 * recommendation and field, a bound for scale only.
 */
export function fieldContainments(
  recs: readonly RecommendationAsks[],
  measuresOf: readonly ReadonlySet<string>[],
  covers: ReadonlyMap<string, readonly string[]>,
  share: number,
  maxPartners: number,
): Map<number, FieldContainment>[] {
  const fields = fieldsOf(covers);
  const out = recs.map(() => new Map<number, FieldContainment>());
  for (const field of covers.keys()) {
    const asking = recs.flatMap((r, i) => (asksField(r, measuresOf[i]!, field, fields, share) ? [i] : []));
    const inside = recs.flatMap((r, i) => (insideField(r, measuresOf[i]!, field, fields, share) ? [i] : []));
    for (const x of asking) {
      let partners = 0;
      for (const y of inside) {
        if (partners >= maxPartners) break;
        if (y === x || recs[y]!.documentId === recs[x]!.documentId) continue;
        partners++;
        const [a, b] = x < y ? [x, y] : [y, x];
        if (out[a]!.has(b)) continue;
        const units = (i: number) => [...fieldUnits(recs[i]!, field, fields).units].sort((p, q) => p - q);
        out[a]!.set(b, { field, outer: x === a ? 'a' : 'b', unitsA: units(a), unitsB: units(b) });
      }
    }
  }
  return out;
}
