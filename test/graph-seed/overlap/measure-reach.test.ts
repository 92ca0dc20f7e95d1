import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureCatalogue } from '../../../graph-seed/src/catalogue';
import { readCatalogues } from '../../../graph-seed/src/io/catalogues';
import { measureMatchers, tagUnit } from '../../../graph-seed/src/overlap/measures';
import { provisionSpans, type Unit } from '../../../graph-seed/src/overlap/units';
import { STAGES } from '../../../graph-seed/src/pipeline';
import { OVERLAP, overlapStage, readRecommendations } from '../../../graph-seed/src/stages/overlap';
import type { SeedState } from '../../../graph-seed/src/types';
import { corpusState } from '../corpus';

// Every pattern of the measure catalogue, alone, over the corpus's recommendations: a pattern that
// matches in one provision was written for that sentence (measures.yaml forbids it), one that
// matches in none is dead weight. Reach counts the provisions the matched words are in, so a
// chapeau read before each of its sub-items counts once.
let catalogue: MeasureCatalogue;
let units: Unit[][];
let linked: SeedState;

beforeAll(async () => {
  const catalogues = await readCatalogues();
  catalogue = catalogues.measures;
  let state: SeedState = { ...corpusState(), catalogues };
  for (const stage of STAGES) if (stage.name !== 'overlap') state = stage.run(state);
  units = readRecommendations(state).map((r) => r.units);
  linked = state;
}, 60_000);

/** Each phrase and each frame object of the catalogue as a catalogue of its own. */
function singlePatterns(c: MeasureCatalogue): Array<{ label: string; catalogue: MeasureCatalogue }> {
  return c.measures.flatMap((m) => {
    const one = (patch: Partial<typeof m>) => ({
      ...c,
      measures: [{ ...m, phrases: [], frames: [], sameInstrument: false, ...patch }],
    });
    return [
      ...m.phrases.map((p) => ({ label: `${m.id} phrase ${p}`, catalogue: one({ phrases: [p] }) })),
      ...m.frames.flatMap((f) => [
        ...f.objects.map((o) => ({
          label: `${m.id} frame ${f.verb} × ${o}`,
          catalogue: one({ frames: [{ verb: f.verb, objects: [o], general: [] }] }),
        })),
        ...f.general.map((o) => ({
          label: `${m.id} frame ${f.verb} × general ${o}`,
          catalogue: one({ frames: [{ verb: f.verb, objects: [], general: [o] }] }),
        })),
      ]),
    ];
  });
}

const reach = (c: MeasureCatalogue): number => {
  const matchers = measureMatchers(c);
  const provisions = new Set<string>();
  for (const u of units.flat()) {
    for (const hit of tagUnit(u, matchers))
      for (const s of hit.spans) for (const p of provisionSpans(u, s)) provisions.add(p.split('@')[0]!);
  }
  return provisions.size;
};

describe('overlap on the corpus', () => {
  it('is the same without the scale bounds: they bound twins at scale and never bind here', () => {
    const similar = (s: SeedState) => s.graph?.relationships.filter((r) => r.type === 'SIMILAR_TO');
    const bounded = similar(overlapStage(OVERLAP).run(linked));
    const unbounded = similar(
      overlapStage({
        ...OVERLAP,
        maxPartners: Number.POSITIVE_INFINITY,
        maxLinks: Number.POSITIVE_INFINITY,
      }).run(linked),
    );
    expect(bounded?.length).toBeGreaterThan(0);
    expect(bounded).toEqual(unbounded);
  });
});

describe('the measure catalogue', () => {
  it('holds between 60 and 100 measures', () => {
    expect(catalogue.measures.length).toBeGreaterThanOrEqual(60);
    expect(catalogue.measures.length).toBeLessThanOrEqual(100);
  });

  it('has no pattern that matches in fewer than two provisions of the corpus', () => {
    const narrow = singlePatterns(catalogue)
      .map((p) => ({ label: p.label, reach: reach(p.catalogue) }))
      .filter((p) => p.reach < 2);
    expect(narrow).toEqual([]);
  });

  it('has no measure that no recommendation of the corpus calls for', () => {
    const unused = catalogue.measures
      .filter((m) => reach({ ...catalogue, measures: [m] }) === 0)
      .map((m) => m.id);
    expect(unused).toEqual([]);
  });
});
