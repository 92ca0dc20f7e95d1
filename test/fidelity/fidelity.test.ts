import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type GraphBundle } from '../../graph-seed/src';
import { type FidelityReport, f1, readFixtures, scoreBundle } from './score';

// The graph against three sets of annotations, each with thresholds a little under what the rules
// reach (docs/fidelity-log.md), so a change that lowers fidelity fails here:
// - dev: the annotations the rules were developed with (and the structure spec);
// - blind: provisions annotated from the text and ONTOLOGY alone (test/fixtures/fidelity/blind-notes.md);
//   its errors were read one by one on 2026-12-04, so it is development data since;
// - blind2: 120 more, annotated the same way on 2026-12-04, whose errors are not read
//   (test/fixtures/fidelity/blind2-notes.md); kept or dropped changes were chosen by its totals since;
// - blind3: 96 more, annotated the same way late on 2026-12-04, scored by the lead only: the freshest
//   estimate of fidelity on unseen text (test/fixtures/fidelity/blind3-notes.md).
// The leave-one-document-out mean has its own test (leave-one-out.test.ts).
let bundle: GraphBundle;
beforeAll(async () => {
  bundle = await buildBundle();
}, 120_000);

const sets = {
  dev: {
    recommendation: 0.97,
    addressees: 0.95,
    actors: 0.95,
    instruments: 0.93,
    causes: 0.94,
    obligations: 0.89,
  },
  blind: {
    recommendation: 0.97,
    addressees: 0.97,
    // The fact-sheet box rule (segment/boxes.ts) made five list items the blind annotator labelled
    // one by one part of the sidebar they belong to, so their lines now meet the whole box's
    // citations: 79.3 on all 129 lines, 96.7 on the 124 the rule does not touch.
    actors: 0.93,
    instruments: 0.77,
    causes: 0.83,
    obligations: 0.77,
  },
  blind2: {
    recommendation: 0.97,
    addressees: 0.97,
    actors: 0.94,
    instruments: 0.96,
    causes: 0.79,
    obligations: 0.73,
  },
  blind3: {
    recommendation: 0.97,
    addressees: 0.97,
    actors: 0.95,
    instruments: 0.95,
    causes: 0.68,
    obligations: 0.59,
  },
} as const;

describe.each(Object.entries(sets))(
  'fidelity of the corpus graph to the %s annotations',
  (name, thresholds) => {
    const { gold, structure } = readFixtures(`${name}.jsonl`);
    let report: FidelityReport;
    beforeAll(() => {
      report = scoreBundle(bundle, gold, structure);
    });

    it('finds every annotated provision under its own ref', () => {
      expect(report.problems.filter((p) => p.startsWith('not found'))).toEqual([]);
      // The blind pool was drawn before the box rule; fact-sheet paragraphs after a new box are
      // numbered one lower now, so its refs are not held to the letter (dev's and blind2's are).
      if (name !== 'blind') expect(report.refRight).toBe(report.refChecked);
    });

    it('has every numbered paragraph of the corpus and keeps 99.5% of provisions free of furniture', () => {
      expect(report.paragraphs.absent).toEqual([]);
      expect(report.paragraphs.present).toBe(311);
      expect(report.clean).toBeGreaterThanOrEqual(0.995);
    });

    it.each(Object.entries(thresholds))('reaches the %s F1 threshold of %s', (field, threshold) => {
      expect(f1(report.tallies[field as keyof FidelityReport['tallies']])).toBeGreaterThanOrEqual(threshold);
    });
  },
);
