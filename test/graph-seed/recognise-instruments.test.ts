import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actorCatalogueSchema, instrumentCatalogueSchema } from '../../graph-seed/src/catalogue';
import {
  instrumentRecogniser,
  recogniseInstruments as cites,
} from '../../graph-seed/src/recognise/instruments';
import { recogniseInstruments } from '../../graph-seed/src/stages/recognise-instruments';
import type { SeedState } from '../../graph-seed/src/types';
import { segmentedCorpus } from './corpus';

const yaml = (name: string) =>
  parse(readFileSync(join(import.meta.dirname, '../../graph-seed/catalogues', name), 'utf8'));
const catalogues = {
  actors: actorCatalogueSchema.parse(yaml('actors.yaml')).actors,
  instruments: instrumentCatalogueSchema.parse(yaml('instruments.yaml')).instruments,
  rootCauses: [],
  obligations: [],
  measures: { verbs: {}, notAsks: [], measures: [] },
};
const r = instrumentRecogniser(catalogues.instruments);
const targets = (text: string) => [...new Set(cites(r, text, {}).mentions.map((m) => m.target.slice(5)))];

let state: SeedState | undefined;
const seeded = () => {
  state ??= recogniseInstruments.run({ documents: segmentedCorpus(), catalogues, discovered: new Map() });
  return state;
};
const citedBy = (provisionId: string) => {
  const doc = seeded().documents.find((d) => provisionId.startsWith(`prov:${d.meta.id}:`));
  return [...new Set((doc?.facts?.get(provisionId)?.instruments ?? []).map((m) => m.target.slice(5)))];
};

describe('instruments named in a provision', () => {
  it('cites an instrument named inside another instrument’s full title', () => {
    // CEDAW/C/GC/38 para 121(b)
    const text =
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children and the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime;';
    expect(targets(text).sort()).toEqual(['smuggling-protocol', 'trafficking-protocol', 'untoc']);
  });

  it('reads "the Optional Protocol thereto" as the protocol of the treaty just named, and the plural as none', () => {
    // A/RES/77/194 para 5
    const text =
      'the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto, the Convention on the Rights of the Child and the Optional Protocols thereto and the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families';
    expect(targets(text)).toEqual(['cedaw', 'cedaw-op', 'crc', 'icrmw']);
  });

  it('reads "this Convention" as the last Convention the provision names when the document fixes none', () => {
    // Fact Sheet No. 36, chapter III.E
    const text =
      'The United Nations Convention against Transnational Organized Crime, for example, acknowledges the strong link between organized criminal activities such as trafficking and corruption. The provisions of this Convention affirm the much more specific obligations of the United Nations Convention against Corruption.';
    const found = cites(r, text, {}).mentions;
    expect(found.find((m) => m.surface === 'this Convention')).toMatchObject({
      target: 'inst:untoc',
      method: 'context',
    });
  });

  it('does not take another instrument with a similar title for a catalogue one', () => {
    // A/RES/77/194 para 14: the Special Rapporteur's basic principles are not the 2005 Basic Principles
    expect(
      targets(
        'Takes note of the basic principles on the right to an effective remedy for victims of trafficking in persons;',
      ),
    ).toEqual([]);
    // the United Nations Global Compact is a UN initiative, not the Global Compact for Migration
    expect(targets('the United Nations Global Compact and UNHCR')).toEqual([]);
  });

  it('cites the 2030 Agenda by its Goals and targets', () => {
    expect(
      targets('required to measure progress in reaching the targets of the Sustainable Development Goals'),
    ).toEqual(['agenda-2030']);
    expect(targets('in line with target 8.7')).toEqual(['agenda-2030']);
  });
});

describe('recognise-instruments stage', () => {
  it('reads "the Convention" in the general recommendation as CEDAW, as the document defines it', () => {
    expect(citedBy('prov:cedaw-gr38:17')).toEqual(['cedaw']);
  });

  it('does not count a document’s reference to itself', () => {
    // A/79/322 para 3: "in accordance with General Assembly resolution 77/194, the present report …"
    expect(citedBy('prov:sg-a-79-322:3')).toEqual(['ga-res-77-194']);
  });

  it('adds instruments cited only by number to the discovered nodes, leaving the input state as it was', () => {
    const input: SeedState = { documents: segmentedCorpus(), catalogues, discovered: new Map() };
    const out = recogniseInstruments.run(input);
    expect(input.discovered.size).toBe(0);
    expect(out.discovered.get('inst:ga-res-70-179')).toEqual({
      id: 'inst:ga-res-70-179',
      label: 'Instrument',
      properties: { name: 'General Assembly resolution 70/179', kind: 'resolution', symbol: 'A/RES/70/179' },
    });
    expect(out.discovered.has('inst:cedaw')).toBe(false);
  });
});
