import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import { actorCatalogueSchema, instrumentCatalogueSchema } from '../../graph-seed/src/catalogue';
import { actorRecogniser, recogniseActors as mentions } from '../../graph-seed/src/recognise/actors';
import { instrumentRecogniser, instrumentTitles } from '../../graph-seed/src/recognise/instruments';
import { recogniseActors } from '../../graph-seed/src/stages/recognise-actors';
import type { SeedState } from '../../graph-seed/src/types';
import { segmentedCorpus } from './corpus';

const yaml = (name: string) =>
  load(readFileSync(join(import.meta.dirname, '../../graph-seed/catalogues', name), 'utf8'), {
    schema: CORE_SCHEMA,
  });
const catalogues = {
  actors: actorCatalogueSchema.parse(yaml('actors.yaml')).actors,
  instruments: instrumentCatalogueSchema.parse(yaml('instruments.yaml')).instruments,
  rootCauses: [],
  obligations: [],
  measures: { verbs: {}, notAsks: [], measures: [] },
};
const r = actorRecogniser(catalogues.actors);
const ir = instrumentRecogniser(catalogues.instruments);
const actors = (text: string) => [
  ...new Set(
    mentions(r, text, { titles: instrumentTitles(ir, text) }).mentions.map((m) => m.target.slice(6)),
  ),
];

let state: SeedState | undefined;
const mentionedBy = (provisionId: string) => {
  state ??= recogniseActors.run({ documents: segmentedCorpus(), catalogues, discovered: new Map() });
  const doc = state.documents.find((d) => provisionId.startsWith(`prov:${d.meta.id}:`));
  return [...new Set((doc?.facts?.get(provisionId)?.actors ?? []).map((m) => m.target.slice(6)))];
};

describe('States', () => {
  it('reads States parties, Member States, Governments and countries of origin as actor:states', () => {
    expect(actors('Urges Member States and States parties')).toEqual(['states']);
    expect(actors('Calls upon Governments to intensify their efforts')).toEqual(['states']);
    expect(
      actors('the involvement of all relevant actors in countries of origin, transit and destination'),
    ).toEqual(['states']);
  });

  it('does not read State officials, non-State actors, states of emergency or the United States as States', () => {
    expect(actors('corruption of State officials and non-State armed groups')).toEqual([]);
    // CEDAW/C/GC/38 para 33 and 36
    expect(actors('do not cease in periods of states of emergency resulting from conflict')).toEqual([]);
    expect(actors('new security challenges at both individual and state levels')).toEqual([]);
    expect(actors('In the United States of America, a new law')).toEqual(['country-usa']);
  });

  it('reads countries acting as States, but not a count of places', () => {
    // A/71/223 para 12; A/79/322 para 47
    expect(
      actors('It is therefore important that countries apply a gendered approach to trafficking'),
    ).toEqual(['states']);
    expect(actors('reaching 7.9 million people in 2023 across 14 countries in Europe')).toEqual([]);
  });
});

describe('bodies and categories of actors', () => {
  it('mentions a body named as the author of an instrument', () => {
    // CEDAW/C/GC/38 para 16; Fact Sheet No. 36 box
    expect(
      actors(
        'implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons and Security Council resolutions.',
      ),
    ).toEqual(['security-council']);
    expect(actors('UNICEF Guidelines, guideline 3.2')).toEqual(['unicef']);
  });

  it('does not read a category word inside an instrument’s title as an actor', () => {
    // A/RES/77/194 para 5
    expect(actors('the Private Employment Agencies Convention, 1997 (No. 181)')).toEqual([]);
  });

  it('reads the United Nations as a body, not as the adjective of a proper name', () => {
    // A/RES/77/194 para 6
    const text =
      'Urges Member States, the United Nations and other international, regional and subregional organizations, as well as civil society, including non-governmental organizations, the private sector and the media';
    expect(actors(text).sort()).toEqual([
      'business',
      'civil-society',
      'intergovernmental',
      'media',
      'states',
      'un-system',
    ]);
  });

  it('reads technology companies as media, and social media as no actor', () => {
    expect(
      actors(
        'States should partner with technology companies, social media and online platform service providers',
      ),
    ).toEqual(['states', 'media']);
  });

  it('reads police and law enforcement officials as the justice sector, but not a police cell', () => {
    expect(actors('engaged in capacity-building with police, prosecutors and judges')).toEqual([
      'justice-sector',
    ]);
    // Fact Sheet No. 36, chapter III.C
    expect(
      actors('should never be placed in a law enforcement detention facility, such as a police cell'),
    ).toEqual([]);
  });

  it('reads an employer as business and the crime commission as a United Nations body', () => {
    // CEDAW GR 38, para 60(d); GA res 77/194, pp29
    expect(actors('Ensure that employer-provided accommodation and food are reasonably priced')).toEqual([
      'business',
    ]);
    expect(
      actors('taking note of Commission on Crime Prevention and Criminal Justice resolution 25/1'),
    ).toEqual(['un-system']);
  });

  it('reads United Nations human rights bodies as the United Nations system', () => {
    // OHCHR Fact Sheet 36, III.G.8
    expect(
      actors('the Security Council, United Nations human rights bodies and through a range of regional'),
    ).toEqual(['security-council', 'un-system']);
  });

  it('reads international organizations as intergovernmental organizations', () => {
    // A/71/223, para 23
    expect(
      actors('International organizations and human rights bodies have called upon Member States to ensure'),
    ).toEqual(['intergovernmental', 'states']);
  });

  it('reads national mechanisms as the equivalent of national rapporteurs', () => {
    // Fact Sheet No. 36, chapter IV.E
    expect(
      actors(
        'national mechanisms also have a critical role to play in monitoring the impact of anti-trafficking interventions',
      ),
    ).toEqual(['national-rapporteurs']);
  });
});

describe('recognise-actors stage', () => {
  it('reads "the Committee" in a treaty body’s own document as that body', () => {
    // CEDAW/C/GC/38 para 2: "In the Committee’s view, …"
    expect(mentionedBy('prov:cedaw-gr38:2')).toContain('cedaw-committee');
  });

  it('reads "the Committee on" a topic as the Committee, but not a committee named by its title', () => {
    // CEDAW/C/GC/38 para 118
    expect(mentionedBy('prov:cedaw-gr38:118')).toContain('cedaw-committee');
    const text = 'input to the Committee on the situation of trafficking';
    const committee = mentions(r, text, { issuerCommittee: 'actor:cedaw-committee' }).mentions;
    expect(committee.map((m) => m.target)).toEqual(['actor:cedaw-committee']);
    const other = 'the Committee on the Rights of the Child and the Committee against Torture';
    expect(
      mentions(r, other, { issuerCommittee: 'actor:cedaw-committee' }).mentions.map((m) => m.target),
    ).not.toContain('actor:cedaw-committee');
  });

  it('adds the countries a provision names to the discovered nodes', () => {
    const input: SeedState = { documents: segmentedCorpus(), catalogues, discovered: new Map() };
    const out = recogniseActors.run(input);
    expect(input.discovered.size).toBe(0);
    expect(mentionedBy('prov:sg-a-71-223:42')).toEqual(
      expect.arrayContaining(['country-aus', 'country-col', 'country-fin']),
    );
    expect(out.discovered.get('actor:country-fin')?.properties).toEqual({
      name: 'Finland',
      kind: 'country',
      iso3: 'FIN',
    });
  });
});
