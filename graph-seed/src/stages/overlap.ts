import type { BundleNode, BundleRelationship } from '../bundle/schema';
import { askOverlaps, type OverlapOptions, type RecommendationAsks } from '../overlap/ask-overlap';
import { measureMatchers, notAskPatterns, tagUnit, withoutSuperseded } from '../overlap/measures';
import { words } from '../overlap/nlp';
import { unitGrams, unnamedText } from '../overlap/phrases';
import {
  type ProvisionReading,
  provisionSpans,
  readProvision,
  type Unit,
  unitSpans,
  unitsOf,
} from '../overlap/units';
import { factsOf, graphOf, provisionsOf, recommendationsOf } from '../products';
import type { Stage } from '../stage';
import type { Provision, RecommendationFact, SeedState } from '../types';

/**
 * Settings of the overlap decision (overlap/ask-overlap.ts); docs/overlap.md says how they were
 * chosen. `maxPartners` never binds on the real corpus: it bounds the work where a corpus holds
 * many verbatim twins (bench/corpus-gen).
 */
export const OVERLAP: Omit<OverlapOptions, 'broad' | 'wide' | 'covers'> = {
  rarePhraseShare: 0.01,
  maxPartners: 20,
  maxLinks: 25,
  textWithMeasure: 0.2,
  askWithSpecific: 0.3,
  textWithSpecific: 0.2,
  textWithPhrases: 0.2,
  textAlone: 0.45,
  principalShare: 0.5,
};

export interface Read {
  rec: RecommendationFact;
  units: Unit[];
}

/** Every recommendation's units: its provision's asks, after its chapeau's where it is a sub-item. */
export function readRecommendations(state: SeedState): Read[] {
  const out: Read[] = [];
  for (const d of state.documents) {
    const provisions = new Map(provisionsOf(d).map((p) => [p.id, p]));
    const facts = factsOf(d);
    const readings = new Map<string, ProvisionReading>();
    const reading = (p: Provision): ProvisionReading => {
      let r = readings.get(p.id);
      if (!r) {
        r = readProvision(p, words(p.text), facts.get(p.id));
        readings.set(p.id, r);
      }
      return r;
    };
    for (const rec of recommendationsOf(d)) {
      const p = provisions.get(rec.provisionId);
      if (!p) continue;
      const parent = p.parentRef ? provisions.get(`prov:${d.meta.id}:${p.parentRef}`) : undefined;
      out.push({ rec, units: unitsOf(reading(p), parent ? reading(parent) : undefined) });
    }
  }
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Overlap between recommendations, ask by ask (docs/overlap.md): each recommendation is split into
 * asks, each ask tagged with the measures of the catalogue (Recommendation −CALLS_FOR→ Measure),
 * and two recommendations of different documents are SIMILAR_TO where they share a measure or
 * distinctive phrases (overlap/ask-overlap.ts), with the shared measures and the matched asks.
 */
export const overlapStage = (
  options: Omit<OverlapOptions, 'broad' | 'wide' | 'covers'> = OVERLAP,
): Stage => ({
  name: 'overlap',
  // reads the provisions, their actor and instrument mentions and the recommendations too, all
  // given before the graph
  needs: ['graph', 'recommendations', 'provisions', 'actors', 'instruments'],
  gives: ['similarity'],
  run(state) {
    const graph = graphOf(state);
    const catalogue = state.catalogues.measures;
    const matchers = measureMatchers(catalogue);
    const read = readRecommendations(state);
    const notAsks = notAskPatterns(catalogue);
    const tagged = read.map((r) =>
      withoutSuperseded(
        r.units.map((u) => tagUnit(u, matchers, notAsks)),
        matchers,
      ),
    );
    const nodes: BundleNode[] = catalogue.measures.map((m) => ({
      id: `measure:${m.id}`,
      labels: ['Measure'],
      properties: { name: m.name, description: m.description, group: m.group, broad: m.broad },
    }));
    const relationships: BundleRelationship[] = [];
    read.forEach(({ rec, units }, i) => {
      const byMeasure = new Map<string, { spans: string[]; asks: string[] }>();
      tagged[i]!.forEach((hits, u) => {
        for (const h of hits) {
          const entry = byMeasure.get(h.measure) ?? { spans: [], asks: [] };
          for (const s of h.spans) entry.spans.push(...provisionSpans(units[u]!, s));
          entry.asks.push(...unitSpans(units[u]!));
          byMeasure.set(h.measure, entry);
        }
      });
      for (const [measure, e] of byMeasure) {
        const spans = unique(e.spans);
        relationships.push({
          type: 'CALLS_FOR',
          start: rec.id,
          end: `measure:${measure}`,
          properties: {
            method: 'pattern',
            evidence: unique(spans.map((s) => s.slice(0, s.lastIndexOf('@')))).sort(),
            spans,
            asks: unique(e.asks),
          },
        });
      }
    });
    const asks: RecommendationAsks[] = read.map(({ rec, units }, i) => ({
      id: rec.id,
      documentId: rec.documentId,
      hits: tagged[i]!,
      grams: units.map(unitGrams),
      text: units.map(unnamedText).join(' '),
      unitTexts: units.map(unnamedText),
      links: [...rec.obligations, ...rec.causes],
    }));
    const broad = new Set(catalogue.measures.filter((m) => m.broad).map((m) => m.id));
    const wide = new Set(catalogue.measures.filter((m) => m.wide).map((m) => m.id));
    const covers = new Map(
      catalogue.measures.filter((m) => m.covers.length > 0).map((m) => [m.id, m.covers] as const),
    );
    for (const p of askOverlaps(asks, { ...options, broad, wide, covers })) {
      const [a, b] = [read[p.a]!, read[p.b]!];
      // the pair in id order, as before: SIMILAR_TO is read in either direction
      const flip = a.rec.id > b.rec.id;
      const [s, e] = flip ? [b, a] : [a, b];
      const [us, ue] = flip ? [p.unitsB, p.unitsA] : [p.unitsA, p.unitsB];
      const dir = !flip
        ? p.direction
        : p.direction === 'start-in-end'
          ? 'end-in-start'
          : p.direction === 'end-in-start'
            ? 'start-in-end'
            : p.direction;
      const spans = unique([
        ...us.flatMap((u) => unitSpans(s.units[u]!)),
        ...ue.flatMap((u) => unitSpans(e.units[u]!)),
      ]);
      relationships.push({
        type: 'SIMILAR_TO',
        start: s.rec.id,
        end: e.rec.id,
        properties: {
          score: p.score,
          method: 'similarity',
          algorithm: 'ask-measures',
          basis: p.basis,
          measures: p.measures.map((m) => `measure:${m}`),
          phrases: p.phrases,
          spans,
          direction: dir,
          textSimilarity: p.text,
          askSimilarity: p.ask,
          evidence: [s.rec.provisionId, e.rec.provisionId].sort(),
        },
      });
    }
    return {
      ...state,
      graph: {
        ...graph,
        nodes: [...graph.nodes, ...nodes],
        relationships: [...graph.relationships, ...relationships],
      },
    };
  },
});

export const overlap: Stage = overlapStage();
