import { describe, expect, it } from 'vitest';
import { countryEntity, findCountries, lookupCountry } from '../../graph-seed/src/recognise/countries';

const ids = (text: string) => findCountries(text).map((h) => h.target);

describe('country gazetteer', () => {
  it('names every country of a list as actor:country-<alpha-3> with its span', () => {
    // A/71/223 para 35
    const text =
      'Measures have focused on raising the costs of using such labour (Greece, Italy and Japan) and improving labour conditions';
    const hits = findCountries(text);
    expect(hits.map((h) => h.target)).toEqual([
      'actor:country-grc',
      'actor:country-ita',
      'actor:country-jpn',
    ]);
    const first = hits[0];
    expect(first && text.slice(first.start, first.end)).toBe('Greece');
    expect(first?.method).toBe('gazetteer');
  });

  it('reads a longer name as one country: Papua New Guinea is not Guinea, Guinea-Bissau is not Guinea', () => {
    expect(ids('Projects in Papua New Guinea and Guinea-Bissau')).toEqual([
      'actor:country-png',
      'actor:country-gnb',
    ]);
  });

  it('does not take Nigeria for Niger, nor a demonym for a country', () => {
    expect(ids('Nigeria and the Niger')).toEqual(['actor:country-nga', 'actor:country-ner']);
    expect(ids('Nigerian women crossing the Indian Ocean')).toEqual([]);
  });

  it('knows the United Nations forms of names the ISO list writes otherwise', () => {
    // A/79/322 para 45 and para 48 forms
    expect(ids('the Lao People’s Democratic Republic, the Republic of Korea and Viet Nam')).toEqual([
      'actor:country-lao',
      'actor:country-kor',
      'actor:country-vnm',
    ]);
  });

  it('is case-sensitive, so a common word is not a country', () => {
    expect(ids('a turkey, a chad and the jordan river')).toEqual([]);
  });

  it('describes a discovered country by its short name and ISO code', () => {
    const pt = lookupCountry('Portugal');
    expect(pt?.alpha3).toBe('prt');
    expect(pt && countryEntity(pt)).toEqual({
      id: 'actor:country-prt',
      label: 'Actor',
      properties: { name: 'Portugal', kind: 'country', iso3: 'PRT' },
    });
  });
});
