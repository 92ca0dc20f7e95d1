import { describe, expect, it } from 'vitest';
import { cleanText } from '../../graph-seed/src/stages/clean';
import { reflow } from '../../graph-seed/src/text/reflow';
import { corpusVocabulary, excerpt, segmentedCorpus } from './corpus';

const cleanExcerpt = (id: string, from: number, to: number) =>
  cleanText(excerpt(id, from, to), corpusVocabulary());
const prose = (id: string, from: number, to: number) => reflow(cleanExcerpt(id, from, to).lines);
/** The whole document cleaned: OCR garbling and footnote numbering are judged on the whole text. */
const cleanedDoc = (id: string) => segmentedCorpus().find((d) => d.meta.id === id)!.cleaned!;
const docProse = (id: string) => reflow(cleanedDoc(id).lines);

describe('clean', () => {
  it('removes the running header, page counter and job number at a page break and stitches the paragraph', () => {
    // A/71/223 para 27 runs from page 8 over the footnotes and the page-9 header into page 9.
    const text = prose('sg-a-71-223', 723, 772);
    expect(text).toContain('Many of the reporting Member States are parties to the Protocol to Prevent');
    expect(text).not.toMatch(/A\/71\/223|9\/18|16-13025/);
  });

  it('keeps footnote bodies out of the body and records them as footnotes with their numbers', () => {
    const cleaned = cleanedDoc('ga-res-77-194');
    const body = reflow(cleaned.lines);
    expect(body).not.toContain('Treaty Series');
    expect(body).toContain(
      'the Convention for the Suppression of the Traffic in Persons and of the Exploitation',
    );
    expect(cleaned.footnotes.map((f) => f.number)).toEqual(
      Array.from({ length: 34 }, (_, k) => String(k + 1)),
    );
    expect(cleaned.footnotes[0]?.text).toBe('United Nations, Treaty Series, vol. 2225, No. 39574.');
    expect(cleaned.footnotes[16]?.text).toBe('A/77/292.');
  });

  it('drops footnote markers from the text and records on which line each stood', () => {
    const cleaned = cleanedDoc('ga-res-77-194');
    const body = reflow(cleaned.lines);
    expect(body).toContain('Transnational Organized Crime and the Protocols thereto');
    expect(body).toContain('Discrimination against Women and the Optional Protocol thereto, the Convention');
    expect(body).toContain('the Forced Labour Convention, 1930 (No. 29) and the Protocol thereto');
    expect(cleaned.markers.map((m) => m.number)).toEqual(Array.from({ length: 34 }, (_, k) => String(k + 1)));
    const line = cleaned.markers[0]!.line;
    expect(cleaned.lines[line]).toContain('Transnational Organized Crime');
  });

  it('keeps numbers of the running text that are not the next footnote', () => {
    const body = prose('ga-res-77-194', 139, 145);
    expect(body).toContain('endorsed by the General Assembly in its resolution 73/195 of 19 December 2018');
  });

  it('keeps a number that belongs to a reference ("No. 1") even where footnote 1 is expected', () => {
    expect(docProse('cedaw-gr38')).toContain(
      'UNHCR Guidelines on international protection: No. 1 (Gender), No. 7',
    );
    expect(cleanedDoc('cedaw-gr38').markers).toEqual([]);
  });

  it('sets apart a solid block standing in a double-spaced text as a note', () => {
    const cleaned = cleanedDoc('cedaw-gr38');
    expect(reflow(cleaned.lines)).not.toContain('employs the terms trafficking and sexual exploitation');
    expect(cleaned.footnotes.map((f) => f.text)).toEqual([
      'The general recommendation employs the terms trafficking and sexual exploitation throughout this text without explanation.',
    ]);
  });

  it('drops the symbols OCR made of footnote markers', () => {
    const body = docProse('sg-a-79-322');
    expect(body).toContain('experienced by women and girls. Trafficking occurs as part of a continuum');
    expect(body).toContain('entrenched gender bias in the justice system. The fear of prosecution');
    expect(body).not.toMatch(/girls\.!|system\.\?/);
  });

  it('stitches an OCR paragraph interrupted by the footnotes at the bottom of the page', () => {
    const body = docProse('sg-a-79-322');
    expect(body).toContain(
      'at a rate three times higher than men. Similarly, a study of 10,369 trafficking victims',
    );
    expect(body).not.toContain('Coalition to End Violence');
  });

  it('rejoins a word broken at a line end without its hyphen when the corpus has it unbroken', () => {
    expect(prose('ohchr-fs36', 37, 40)).toContain('just some of the underlying causes');
  });

  it('keeps the hyphen of a compound the corpus prints hyphenated', () => {
    expect(prose('cedaw-gr38', 33, 35)).toContain('the adverse and gender-differentiated impact');
  });

  it('keeps a suspended hyphen before "and"', () => {
    expect(prose('ga-res-77-194', 735, 737)).toContain('effective gender- and age-responsive measures');
  });

  it('repairs words the extraction split with a stray space', () => {
    expect(prose('sg-a-71-223', 71, 71)).toContain('the Goals explicitly commit to its elimination');
    expect(prose('sg-a-71-223', 222, 222)).toContain('the particular vulnerability of women');
  });

  it('reflows a narrow-column paragraph that arrives one short phrase per line', () => {
    const body = prose('cedaw-gr38', 136, 182);
    expect(body).toContain(
      'Article 6 of the Convention is based on Article 8 of the 1967 United Nations Declaration on the Elimination of Discrimination against Women, which provides',
    );
  });

  it('leaves no link, job number or rule in the cleaned lines of any corpus document', () => {
    for (const doc of segmentedCorpus()) {
      for (const line of doc.cleaned?.lines ?? []) {
        expect(line, doc.meta.id).not.toMatch(/https?:\/\/|undocs\.org|\b\d{2}-\d{5}\b|_{5,}/);
      }
    }
  });
});
