import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import { actorCatalogueSchema, instrumentCatalogueSchema } from '../../graph-seed/src/catalogue';
import {
  instrumentRecogniser,
  recogniseInstruments as cites,
} from '../../graph-seed/src/recognise/instruments';
import { StageOrderError } from '../../graph-seed/src/products';
import { recogniseActors } from '../../graph-seed/src/stages/recognise-actors';
import { recogniseInstruments } from '../../graph-seed/src/stages/recognise-instruments';
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
const r = instrumentRecogniser(catalogues.instruments);
const targets = (text: string) => [...new Set(cites(r, text, {}).mentions.map((m) => m.target.slice(5)))];

let state: SeedState | undefined;
const seeded = () => {
  state ??= recogniseInstruments.run(
    recogniseActors.run({ documents: segmentedCorpus(), catalogues, discovered: new Map() }),
  );
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

  it('reads a short name in a list item from its lead-in, and none where the lead-in names several of the kind', () => {
    const protocol = (name: string) => ({
      target: `inst:${name}`,
      name: r.entries.get(`inst:${name}`)!.name,
    });
    const item = 'Make recommendations on how State parties can better implement the Protocol;';
    const from = (leadIns: { target: string; name: string }[][]) =>
      cites(r, item, {}, undefined, leadIns).mentions.map((m) => m.target);
    expect(from([[protocol('trafficking-protocol'), protocol('untoc')]])).toEqual([
      'inst:trafficking-protocol',
    ]);
    expect(from([[protocol('trafficking-protocol'), protocol('smuggling-protocol')]])).toEqual([]);
    // The nearest lead-in that names a Protocol decides; one further up is not consulted.
    expect(from([[protocol('untoc')], [protocol('smuggling-protocol')]])).toEqual([
      'inst:smuggling-protocol',
    ]);
    expect(from([])).toEqual([]);
    expect(cites(r, item, { sole: { Protocol: 'inst:trafficking-protocol' } }).mentions[0]?.target).toBe(
      'inst:trafficking-protocol',
    );
  });

  it('reads "the Covenant" as the last Covenant named, never a Convention', () => {
    const text =
      'The Convention on the Rights of the Child and the International Covenant on Civil and Political Rights apply; rights recognized in the Covenant are not absolute.';
    expect(cites(r, text, {}).mentions.find((m) => m.surface === 'the Covenant')?.target).toBe('inst:iccpr');
    expect(targets('Limits must be consistent with the rights recognized in the Covenant.')).toEqual([]);
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

  it('reads "the Protocol" in a bullet from the paragraph leading into it, and a quotation from the paragraph introducing it', () => {
    expect(citedBy('prov:ohchr-fs36:IV.A.1.b2')).toEqual(['trafficking-protocol']);
    // "This danger is explicitly recognized in the Trafficking Protocol:" then, past a box, the quotation.
    expect(citedBy('prov:ohchr-fs36:III.H.6')).toEqual(['trafficking-protocol']);
  });

  it('reads "the Covenant" as the treaty of the treaty body the provision names', () => {
    // "In its general comment No. 27 (1999) on freedom of movement, the Human Rights Committee … the Covenant"
    expect(citedBy('prov:ohchr-fs36:III.H.13')).toContain('iccpr');
  });

  it('refuses to run before the actors it reads treaty bodies from are recognised', () => {
    const bare: SeedState = { documents: segmentedCorpus(), catalogues, discovered: new Map() };
    expect(() => recogniseInstruments.run(bare)).toThrow(StageOrderError);
  });

  it('does not count a document’s reference to itself', () => {
    // A/79/322 para 3: "in accordance with General Assembly resolution 77/194, the present report …"
    expect(citedBy('prov:sg-a-79-322:3')).toEqual(['ga-res-77-194']);
  });

  it('adds instruments cited only by number to the discovered nodes, leaving the input state as it was', () => {
    const input = recogniseActors.run({ documents: segmentedCorpus(), catalogues, discovered: new Map() });
    const before = new Map(input.discovered);
    const out = recogniseInstruments.run(input);
    expect(input.discovered).toEqual(before);
    expect(out.discovered.get('inst:ga-res-70-179')).toEqual({
      id: 'inst:ga-res-70-179',
      label: 'Instrument',
      properties: { name: 'General Assembly resolution 70/179', kind: 'resolution', symbol: 'A/RES/70/179' },
    });
    expect(out.discovered.has('inst:cedaw')).toBe(false);
  });
});
