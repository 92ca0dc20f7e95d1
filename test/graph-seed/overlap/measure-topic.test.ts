import { describe, expect, it } from 'vitest';
import type { MeasureCatalogue } from '../../../graph-seed/src/catalogue';
import { topicSpans } from '../../../graph-seed/src/overlap/measures';
import { entry, tagged } from './measure-fixture';

const catalogue: MeasureCatalogue = {
  verbs: {},
  notAsks: [],
  measures: [
    entry({
      id: 'free-legal-aid',
      name: 'Free legal aid',
      group: 'justice',
      description: 'Free legal aid.',
      phrases: ['\\blegal aid\\b'],
    }),
    entry({
      id: 'inform-victims-of-rights',
      name: 'Information on rights',
      group: 'protection',
      description: 'Inform victims of their rights.',
      phrases: ['\\binformation (?:\\w+ ){0,4}about (?:\\w+ ){0,2}their rights'],
    }),
  ],
};

// phrases only: the topic tests need no parts of speech
const measures = (text: string) => tagged(catalogue, text, false).map((h) => h.measure);

describe('the topic of information', () => {
  it('names measures that an ask to inform does not call for', () => {
    expect(
      measures('Provide victims with information about their rights, remedies and free legal aid'),
    ).toEqual(['inform-victims-of-rights']);
  });

  it('leaves a measure asked for beside the information', () => {
    expect(measures('Provide free legal aid; give victims information about their rights')).toEqual([
      'free-legal-aid',
      'inform-victims-of-rights',
    ]);
  });

  it('opens no topic at a preposition shared by coordinated verbs', () => {
    expect(topicSpans('ensure that victims are informed of and enjoy free legal aid')).toEqual([]);
    expect(measures('ensure that victims are informed of and enjoy free legal aid')).toEqual([
      'free-legal-aid',
    ]);
  });

  it('runs to the end of the clause', () => {
    const text = 'inform workers of the risks of recruitment; provide legal aid';
    expect(topicSpans(text).map((t) => text.slice(t.span.start, t.span.end))).toEqual([
      ' the risks of recruitment',
    ]);
  });
});
