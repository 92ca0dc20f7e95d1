import { clauseLink, clauseMatches, recordShare } from './clause-match';
import { fieldContainments } from './families';
import { boundLinks } from './link-bound';
import {
  type Acc,
  clauseScore,
  contained,
  contains,
  counted,
  decide,
  direction,
  emptyAcc,
  round,
} from './pair-decision';
import { after, type Key, otherSubject, postings } from './postings';
import { cosine, tfidfVectors } from './tfidf';

import type { AskOverlap, OverlapOptions, RecommendationAsks } from './types';

export type { AskOverlap, OverlapOptions, RecommendationAsks } from './types';

/**
 * Overlaps between recommendations of different documents, decided ask by ask. Candidates are
 * the pairs of asks that share a measure (the same instrument too, for measures bound to one) or a
 * distinctive phrase. A pair of recommendations is linked when one ask of each asks the same thing
 * (clause-match.ts), whatever else either asks; failing that, it is judged on everything it shares
 * (pair-decision.ts: the principal ask of both, themes, fields, general asks):
 * - every link needs two shared measures, a shared distinctive phrase, or the matched asks or the
 *   texts worded alike (ask or text similarity): one measure can hold different asks;
 * - a specific measure then links them;
 * - a broad measure (a theme), or one read only in a sub-item's chapeau, links them only with a
 *   shared distinctive phrase or some text similarity;
 * - without a measure, three shared distinctive phrases, or two with some text similarity, or
 *   near-verbatim text, link them.
 * No top-k: a recommendation links to every one it shares an ask with. For scale only (a corpus of
 * many verbatim twins, bench/corpus-gen), the partners read per ask and key and the links kept per
 * recommendation are bounded (`maxPartners`, `maxLinks`; neither binds on the real corpus), and
 * pairs are gathered one recommendation at a time, so the work and memory grow linearly.
 */
export function askOverlaps(recs: readonly RecommendationAsks[], o: OverlapOptions): AskOverlap[] {
  const df = new Map<string, number>();
  let units = 0;
  for (const r of recs) {
    units += r.grams.length;
    for (const grams of r.grams) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const maxDf = Math.max(2, Math.round(o.rarePhraseShare * units));
  const rare = (g: string) => {
    const n = df.get(g) ?? 0;
    return n >= 2 && n <= maxDf;
  };
  const { lists, keysOf } = postings(recs, rare);
  const { vectors } = tfidfVectors(recs.map((r) => r.text));
  const firstUnit: number[] = [];
  const unitTexts: string[] = [];
  for (const r of recs) {
    firstUnit.push(unitTexts.length);
    unitTexts.push(...r.unitTexts);
  }
  const unitVectors = tfidfVectors(unitTexts).vectors;
  const measuresOf = recs.map((r) => new Set(r.hits.flat().map((h) => h.measure)));
  const inField = o.covers
    ? fieldContainments(recs, measuresOf, o.covers, o.principalShare, o.maxPartners)
    : [];
  const out: AskOverlap[] = [];
  for (let a = 0; a < recs.length; a++) {
    // the pairs (a, b > a) this recommendation takes part in, gathered from its asks' keys
    const acc = new Map<number, Acc>();
    keysOf[a]!.forEach((keys, ua) => {
      for (const { key, lead, general, subjects } of keys) {
        const list = lists.get(key)!;
        const [kind, id, instrument] = key.split('\u0000') as Key;
        let partners = 0;
        for (let y = after(list, a); y < list.length && partners < o.maxPartners; y++) {
          const [b, ub, leadB, generalB, subjectsB] = list[y]!;
          if (recs[b]!.documentId === recs[a]!.documentId) continue;
          if (otherSubject(subjects, subjectsB)) continue;
          partners++;
          let p = acc.get(b);
          if (!p) {
            p = emptyAcc();
            acc.set(b, p);
          }
          (kind === 'm' ? p.measures : p.phrases).add(id);
          if (kind === 'm' && !lead && !leadB) {
            p.own.add(id);
            if (general) p.containsA = true;
            if (generalB) p.containsB = true;
          }
          if (kind === 'm' && instrument) p.bound = true;
          recordShare(p.pairs, ua, ub, id, kind === 'g', !lead && !leadB, o.broad.has(id));
          p.unitsA.add(ua);
          p.unitsB.add(ub);
        }
      }
    });
    for (const b of inField[a]?.keys() ?? []) if (!acc.has(b)) acc.set(b, emptyAcc());
    for (const [b, p] of [...acc].sort((x, y) => x[0] - y[0])) {
      const field = inField[a]?.get(b);
      const text = round(cosine(vectors[a]!, vectors[b]!));
      const linkSet = new Set(recs[a]!.links);
      const sharedLinks = recs[b]!.links.filter((l) => linkSet.has(l)).length;
      let ask = 0;
      for (const ua of p.unitsA)
        for (const ub of p.unitsB)
          ask = Math.max(ask, cosine(unitVectors[firstUnit[a]! + ua]!, unitVectors[firstUnit[b]! + ub]!));
      const sharesSpecific = [...p.measures].some((m) => !o.broad.has(m));
      const [na, nb] = [
        counted(recs[a]!, measuresOf[a]!, p.unitsA, p.measures, sharesSpecific, o.broad),
        counted(recs[b]!, measuresOf[b]!, p.unitsB, p.measures, sharesSpecific, o.broad),
      ];
      const measureShares: [number, number] = [
        na === 0 ? 0 : p.measures.size / na,
        nb === 0 ? 0 : p.measures.size / nb,
      ];
      const askShares: [number, number] = [
        p.unitsA.size / recs[a]!.hits.length,
        p.unitsB.size / recs[b]!.hits.length,
      ];
      const otherSpecific = (r: number) =>
        [...measuresOf[r]!].some((m) => !o.broad.has(m) && !p.measures.has(m));
      const noOtherSpecific = !otherSpecific(a) && !otherSpecific(b);
      const decided = decide(
        p,
        {
          measureShares,
          askShares,
          text,
          ask: round(ask),
          sharedLinks,
          noOtherSpecific,
          field: field !== undefined,
        },
        o,
      );
      if (!decided) {
        const unitCos = (ua: number, ub: number) =>
          round(cosine(unitVectors[firstUnit[a]! + ua]!, unitVectors[firstUnit[b]! + ub]!));
        const matches = clauseMatches(p.pairs, unitCos, o);
        if (matches.length === 0) continue;
        const c = clauseLink(matches, measuresOf[a]!, measuresOf[b]!);
        out.push({ a, b, ...clauseScore(c, text, sharedLinks, o.textWithPhrases), ...c, text });
        continue;
      }
      const byField = field && !contains(p, noOtherSpecific) && p.unitsA.size === 0;
      out.push({
        a,
        b,
        ...decided,
        measures: [...new Set([...p.measures, ...(field ? [field.field] : [])])].sort(),
        phrases: [...p.phrases].sort(),
        unitsA: byField ? field.unitsA : [...p.unitsA].sort((x, y) => x - y),
        unitsB: byField ? field.unitsB : [...p.unitsB].sort((x, y) => x - y),
        direction: contains(p, noOtherSpecific)
          ? contained(p, direction(measuresOf[a]!, measuresOf[b]!))
          : field
            ? field.outer === 'a'
              ? 'end-in-start'
              : 'start-in-end'
            : direction(measuresOf[a]!, measuresOf[b]!),
        text,
        ask: round(ask),
      });
    }
  }
  return boundLinks(out, recs.length, o.maxLinks);
}
