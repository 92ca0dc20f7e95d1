// What the measure-tagging tests build from: a catalogue entry with every field a test does not name
// left empty, and an ask unit of a text (its words read by the overlap stage's own reader, or none).
import type { MeasureCatalogue, MeasureEntry } from '../../../graph-seed/src/catalogue';
import { measureMatchers, tagUnit } from '../../../graph-seed/src/overlap/measures';
import { words } from '../../../graph-seed/src/overlap/nlp';
import type { Unit } from '../../../graph-seed/src/overlap/units';

export const entry = (
  fields: Pick<MeasureEntry, 'id' | 'name' | 'group'> & Partial<MeasureEntry>,
): MeasureEntry => ({
  description: fields.name,
  broad: false,
  wide: false,
  sameInstrument: false,
  phrases: [],
  frames: [],
  negativePatterns: [],
  supersedes: [],
  covers: [],
  ...fields,
});

export const unitOf = (text: string, read = true): Unit => ({
  text,
  segments: [],
  words: read ? words(text) : [],
  names: [],
  named: [],
  instruments: [],
  own: 0,
});

/** The hits of one ask under a catalogue. */
export const tagged = (catalogue: MeasureCatalogue, text: string, read = true) =>
  tagUnit(unitOf(text, read), measureMatchers(catalogue));
