import { beforeAll, describe, expect, it } from 'vitest';
import type { BundleRelationship } from '../../../graph-seed/src/bundle/schema';
import { readCatalogues } from '../../../graph-seed/src/io/catalogues';
import { STAGES } from '../../../graph-seed/src/pipeline';
import type { SeedState } from '../../../graph-seed/src/types';
import { corpusState } from '../corpus';

// Ask-level overlap on the corpus's own text: one clause of a long recommendation of several asks
// overlaps a recommendation that asks the same thing (docs/overlap.md step 5).
let links: BundleRelationship[];
let texts: Map<string, string>;

beforeAll(async () => {
  let state: SeedState = { ...corpusState(), catalogues: await readCatalogues() };
  for (const stage of STAGES) state = stage.run(state);
  const graph = state.graph!;
  links = graph.relationships.filter((r) => r.type === 'SIMILAR_TO');
  texts = new Map(
    graph.nodes.filter((n) => n.labels[0] === 'Provision').map((n) => [n.id, String(n.properties.text)]),
  );
}, 60_000);

const link = (a: string, b: string) =>
  links.find((l) => (l.start === a && l.end === b) || (l.start === b && l.end === a));

/** The words of a link's spans in one provision. */
const words = (l: BundleRelationship, provision: string) =>
  (l.properties.spans as string[])
    .filter((s) => s.startsWith(`${provision}@`))
    .map((s) => {
      const [start, end] = s
        .slice(provision.length + 1)
        .split('-')
        .map(Number);
      return texts.get(provision)!.slice(start, end);
    });

describe('overlap between one ask of each recommendation', () => {
  it('links the illicit financial flows clause of a long resolution paragraph to the recommendation that asks only that, and names that clause', () => {
    // A/RES/77/194 para. 7 welcomes efforts, asks to share knowledge, and asks to trace illicit
    // financial flows; CEDAW/C/GC/38 para. 108 asks to track the financial flows of trafficking
    const l = link('rec:cedaw-gr38:108', 'rec:ga-res-77-194:7');
    expect(l?.properties.measures).toEqual(['measure:patrimonial-investigation']);
    expect(l?.properties.basis).toContain('clause');
    const clause = words(l!, 'prov:ga-res-77-194:7');
    expect(clause).toHaveLength(1);
    expect(clause[0]).toMatch(/financial flows/);
    expect(clause[0]!.length).toBeLessThan(texts.get('prov:ga-res-77-194:7')!.length / 2);
  });

  it('does not link training the same officials on another subject (a wide measure in other words)', () => {
    // identifying organ-removal cases at borders vs detection by crisis front-line responders
    expect(link('rec:ga-res-77-194:40', 'rec:sg-a-79-322:64')).toBeUndefined();
  });

  it('does not link an instrument named in a clause of another ask (implementing a treaty is no ask of its own)', () => {
    // CEDAW/C/GC/38 para. 48 asks women's participation "in line with continuing implementation of
    // the Convention"; A/RES/77/194 para. 5 asks to ratify and implement it
    expect(link('rec:cedaw-gr38:48', 'rec:ga-res-77-194:5')).toBeUndefined();
  });

  it('reads a request to include data in reports to treaty bodies as reporting, not as collecting data', () => {
    // A/RES/77/194 para. 50: "include information and disaggregated statistics … as part of their
    // national reports"; CEDAW/C/GC/38 para. 117: "include information in their periodic reports"
    expect(link('rec:ga-res-77-194:50', 'rec:cedaw-gr38:117')?.properties.measures).toEqual([
      'measure:reporting-treaty-bodies',
    ]);
    // A/79/322 para. 65 asks to invest in collecting disaggregated data
    expect(link('rec:ga-res-77-194:50', 'rec:sg-a-79-322:65')).toBeUndefined();
  });
});
