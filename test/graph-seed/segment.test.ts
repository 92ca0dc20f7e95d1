import { describe, expect, it } from 'vitest';
import { clean } from '../../graph-seed/src/stages/clean';
import { markBoxes, type Role } from '../../graph-seed/src/segment/boxes';
import { splitPieces } from '../../graph-seed/src/segment/pieces';
import { segment } from '../../graph-seed/src/stages/segment';
import { corpusState, provisionsOf, segmentedCorpus } from './corpus';

const byRef = (doc: string, ref: string) => provisionsOf(doc).find((p) => p.ref === ref);
const refs = (doc: string) => provisionsOf(doc).map((p) => p.ref);

describe('segment', () => {
  it('finds every numbered paragraph of the general recommendation and both reports', () => {
    const expected: Array<[string, number]> = [
      ['cedaw-gr38', 122],
      ['sg-a-71-223', 70],
      ['sg-a-79-322', 67],
    ];
    for (const [doc, n] of expected) {
      const numbered = provisionsOf(doc).filter((p) => /^\d+$/.test(p.ref));
      expect(
        numbered.map((p) => p.ref),
        doc,
      ).toEqual(Array.from({ length: n }, (_, k) => String(k + 1)));
    }
  });

  it('keeps a numbered quotation inside the paragraph that quotes it', () => {
    const p11 = byRef('cedaw-gr38', '11');
    expect(p11?.text).toContain('Article 3. 1. “Trafficking in persons” shall mean the recruitment');
    expect(p11?.text).toContain('2. The consent of a victim of trafficking in persons');
  });

  it('reads a paragraph number OCR printed with a comma', () => {
    expect(byRef('sg-a-79-322', '34')?.text).toMatch(/^As well as denying survivors access to justice/);
  });

  it('splits lettered sub-items from their chapeau and links them to it', () => {
    expect(byRef('cedaw-gr38', '54')?.text).toBe('Strengthen implementation of a labour rights framework:');
    const b = byRef('cedaw-gr38', '54(b)');
    expect(b).toMatchObject({ kind: 'subparagraph', parentRef: '54' });
    expect(b?.text).toMatch(/^Ensure adequately resourcing, increase the number and strengthen the capacity/);
    expect(refs('sg-a-79-322')).toEqual(expect.arrayContaining(['57(a)', '57(h)']));
  });

  it('splits roman sub-items from the lettered item they belong to', () => {
    const ii = byRef('cedaw-gr38', '89(a)(ii)');
    expect(ii).toMatchObject({ kind: 'subparagraph', parentRef: '89(a)' });
    expect(ii?.text).toBe(
      'They may face persecution and/ or violations of the right to life or the prohibition against torture;',
    );
    expect(byRef('cedaw-gr38', '89(b)')?.parentRef).toBe('89');
  });

  it('does not take an enumeration running inside a sentence for sub-items', () => {
    expect(refs('cedaw-gr38')).not.toContain('18(a)');
    expect(byRef('cedaw-gr38', '18')?.text).toContain(
      '(d) the demand that fosters exploitation and leads to trafficking',
    );
  });

  it('gives each provision its heading path, sub-headings included', () => {
    expect(byRef('cedaw-gr38', '48')?.section).toBe(
      'VII. Recommendations > A. Addressing the root causes of trafficking in women and girls > (i) Addressing socio-economic injustice',
    );
    expect(byRef('sg-a-71-223', '62')?.section).toBe(
      'V. Conclusions and recommendations > B. Recommendations',
    );
    expect(byRef('sg-a-79-322', '4')?.section).toBe(
      'II. Global trends in the trafficking of women and girls',
    );
    expect(byRef('sg-a-79-322', '57')?.section).toContain('Recommendations > Access to justice');
  });

  it('numbers the preambular paragraphs of the resolution and marks the operative ones', () => {
    const pre = provisionsOf('ga-res-77-194').filter((p) => p.kind === 'preamble');
    expect(pre.map((p) => p.ref)).toEqual(Array.from({ length: 36 }, (_, k) => `pp${k + 1}`));
    expect(byRef('ga-res-77-194', 'pp1')?.text).toMatch(/^Reiterating its strong condemnation/);
    expect(byRef('ga-res-77-194', 'pp18')?.text).toMatch(/^Recognizing that pervasive gender inequality/);
    const ops = provisionsOf('ga-res-77-194').filter((p) => p.kind === 'operative');
    expect(ops.map((p) => p.ref)).toEqual(Array.from({ length: 52 }, (_, k) => String(k + 1)));
  });

  it('stitches a preambular paragraph across the footnotes of a page break', () => {
    expect(byRef('ga-res-77-194', 'pp2')?.text).toContain(
      'and the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others, as well as relevant resolutions',
    );
  });

  it('records footnotes on the provision whose marker they had and keeps them as footnote provisions', () => {
    expect(byRef('ga-res-77-194', 'pp2')?.footnotes).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(byRef('ga-res-77-194', '1')?.footnotes).toEqual(['17']);
    const fn17 = byRef('ga-res-77-194', 'fn17');
    expect(fn17).toMatchObject({ kind: 'footnote', text: 'A/77/292.', section: '' });
    const fn1 = byRef('sg-a-71-223', 'fn1');
    expect(fn1?.section).toBe('II. Global and regional normative developments');
    expect(fn1?.text).toMatch(/^The Committee on the Protection of the Rights of All Migrant Workers/);
  });

  it('makes a report box a box provision with its paragraphs under it', () => {
    expect(byRef('sg-a-79-322', 'box1')).toMatchObject({
      kind: 'box',
      text: 'International normative frameworks and instruments to protect women and girls from trafficking',
    });
    const p2 = byRef('sg-a-79-322', 'box1.2');
    expect(p2).toMatchObject({ kind: 'paragraph', parentRef: 'box1' });
    expect(p2?.text).toMatch(
      /^The Convention on the Elimination of All Forms of Discrimination against Women requires/,
    );
    expect(refs('sg-a-79-322')).toEqual(expect.arrayContaining(['box2', 'box3', 'box4', 'box4.3']));
  });

  it('makes a fact-sheet box one provision from its title through its source line', () => {
    const box = provisionsOf('ohchr-fs36').find(
      (p) => p.kind === 'box' && p.text.startsWith('The rights of aliens'),
    );
    expect(box?.ref).toBe('II.B.box1');
    expect(box?.text).toMatch(
      /Source: Human Rights Committee, general comment No\. 15 \(1986\) .* para\. 7\.$/,
    );
  });

  it('makes a fact-sheet sidebar listing instruments without a source line one box, its items no headings', () => {
    const box = byRef('ohchr-fs36', 'III.A.box1');
    expect(box?.kind).toBe('box');
    expect(box?.text).toMatch(
      /^Treaties and other instruments particularly relevant to trafficking Protocol to Prevent/,
    );
    expect(box?.text).toMatch(
      /Convention on Preventing and Combating Trafficking in Women and Children for Prostitution, 2002$/,
    );
    expect(box?.text).toContain(
      'United Nations Convention against Transnational Organized Crime, 2000 International Convention on the Protection',
    );
    expect(byRef('ohchr-fs36', 'III.B.box1')?.text).toMatch(
      /^Some important non-treaty instruments .* \(UNHCR Trafficking Guidelines\)$/,
    );
    const listed = provisionsOf('ohchr-fs36').filter((p) =>
      p.section.includes('Transnational Organized Crime, 2000'),
    );
    expect(listed).toEqual([]);
    // The paragraph the sidebar interrupted goes on after it.
    expect(byRef('ohchr-fs36', 'III.A.5')?.text).toMatch(
      /general legal norms that are contained in treaties\./,
    );
  });

  it('makes a titled run of quotations, each closed by its source without "Source:", one box', () => {
    const box = provisionsOf('ohchr-fs36').find(
      (p) => p.kind === 'box' && p.text.startsWith('The right to privacy'),
    );
    expect(box?.text).toMatch(
      /guideline 6 A State party is to protect .* Trafficking Protocol, article 6 .* article 11$/,
    );
    const age = provisionsOf('ohchr-fs36').find((p) =>
      p.text.startsWith('Identifying child victims: presumption of age'),
    );
    expect(age?.kind).toBe('box');
    expect(age?.text).toMatch(/UNICEF Guidelines, guideline 3\.2$/);
  });

  it('reads a titled run of short unpunctuated items as a list box, and a title over prose as a heading', () => {
    const lines = [
      'A list of things',
      '',
      'First Convention, 1979',
      '',
      'Second Covenant, 1966',
      '',
      'Third Protocol',
      '',
      'Fourth Guidelines',
    ];
    const pieces = splitPieces(lines);
    const roles = pieces.map((): Role => 'para');
    expect([...markBoxes(pieces, roles)]).toEqual([[0, 4]]);
    const prose = [
      'A heading',
      '',
      'A paragraph of prose that ends a sentence.',
      '',
      'Short Item',
      '',
      'Other Item',
    ];
    const proseRoles = splitPieces(prose).map((): Role => 'para');
    expect(markBoxes(splitPieces(prose), proseRoles).size).toBe(0);
  });

  it('numbers fact-sheet paragraphs by chapter and section and resumes a paragraph a box interrupted', () => {
    expect(byRef('ohchr-fs36', 'III.B.2')?.text).toContain(
      'States will generally not be able to avoid responsibility for the acts of private persons',
    );
    expect(byRef('ohchr-fs36', 'II.B.2')?.text).toContain(
      'This may be because of past discrimination or because their members share particular vulnerabilities.',
    );
    expect(byRef('ohchr-fs36', 'I.1')?.section).toBe('I. WHAT IS HUMAN TRAFFICKING?');
  });

  it('joins a heading printed over several lines into one section title', () => {
    expect(byRef('ohchr-fs36', 'IV.C.1')?.section).toBe(
      'IV. IMPLEMENTATION, MONITORING AND ACCOUNTABILITY > C. The Global Plan of Action to Combat Trafficking in Persons and the United Nations Trust Fund for Victims of Trafficking',
    );
    expect(byRef('sg-a-71-223', '14')?.section).toBe(
      'III. Current context > B. Special vulnerabilities in the context of conflict, humanitarian emergencies and migration',
    );
  });

  it('keeps unnumbered text under a heading before paragraph 1 as front matter, and drops the title above it', () => {
    expect(byRef('sg-a-79-322', 'front.1')).toMatchObject({ kind: 'paragraph', section: 'Summary' });
    expect(byRef('sg-a-79-322', 'front.1')?.text).toMatch(/^In the present report, submitted pursuant to/);
    expect(provisionsOf('cedaw-gr38')[0]?.ref).toBe('1');
  });

  it('makes each fact-sheet bullet a bullet provision under the paragraph leading into it', () => {
    const bullet = byRef('ohchr-fs36', 'III.C.6.b1');
    expect(bullet).toMatchObject({ kind: 'bullet', parentRef: 'III.C.6' });
    expect(bullet?.text).toBe(
      'Moving the trafficked person out of the place of exploitation to a place of safety;',
    );
  });

  it('gives unique ids and a 1-based reading order in every document', () => {
    for (const doc of segmentedCorpus()) {
      const ps = doc.provisions ?? [];
      expect(new Set(ps.map((p) => p.id)).size, doc.meta.id).toBe(ps.length);
      expect(ps.map((p) => p.order)).toEqual(ps.map((_, k) => k + 1));
      for (const p of ps) expect(p.id).toBe(`prov:${doc.meta.id}:${p.ref}`);
    }
  });

  it('segments by structure, not by document id', () => {
    const state = corpusState();
    const gr = state.documents.find((d) => d.meta.id === 'cedaw-gr38')!;
    const renamed = { ...state, documents: [{ ...gr, meta: { ...gr.meta, id: 'new-doc' } }] };
    const out = segment.run(clean.run(renamed)).documents[0]!.provisions!;
    expect(out.map((p) => p.ref)).toEqual(refs('cedaw-gr38'));
    expect(out[0]?.documentId).toBe('doc:new-doc');
  });
});
