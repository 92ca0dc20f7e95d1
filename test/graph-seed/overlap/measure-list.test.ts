import { describe, expect, it } from 'vitest';
import type { MeasureCatalogue } from '../../../graph-seed/src/catalogue';
import { entry, tagged } from './measure-fixture';

const catalogue: MeasureCatalogue = {
  verbs: { train: ['\\btrain\\w*'] },
  notAsks: [],
  measures: [
    entry({
      id: 'training-justice-officials',
      name: 'Training of police',
      group: 'identification',
      description: 'Train the police.',
      frames: [{ verb: 'train', objects: ['\\bpolice\\b'], general: [] }],
    }),
  ],
};

const measures = (text: string) => tagged(catalogue, text).map((h) => h.measure);
const filler = 'individuals tasked with providing assistance and protection services to women and girls';

describe('an object in an enumeration', () => {
  it('belongs to the verb when the enumeration starts within its window and runs on past it', () => {
    expect(
      measures(
        `provide training for ${filler}, including to relevant local and State level authorities, recruitment agencies and employers, the police, border officers and social workers`,
      ),
    ).toEqual(['training-justice-officials']);
  });

  it('does not belong to it when a clause of its own stands between them', () => {
    expect(
      measures(
        `provide training for ${filler}, including to relevant local and State level authorities, and ensure that the complaints that victims make against their employers are investigated by the police`,
      ),
    ).toEqual([]);
  });

  it('does not belong to it when an item of the run is a clause of its own', () => {
    expect(
      measures(
        `provide training for ${filler}, including to relevant local and State level authorities, and campaigns carried out with the police`,
      ),
    ).toEqual([]);
  });
});
