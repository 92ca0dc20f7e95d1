import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SeedErrorCode } from '../../../graph-seed/src/errors';
import { extractPdfText } from '../../../graph-seed/src/io/pdf-text';

// Real PDFs, made with pdf-lib, carrying a paragraph of General Assembly resolution 77/194.
async function pdfOf(pages: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage().drawText(text, { x: 50, y: 700, font, size: 11, lineHeight: 14 });
  return doc.save();
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e) => (e as { code?: string }).code,
  );

describe('extractPdfText', () => {
  it('returns the text layer line by line, pages apart', async () => {
    const pdf = await pdfOf([
      '1. Urges Governments to devise, enforce and\nstrengthen effective measures',
      '2. Calls upon Governments to criminalize',
    ]);
    const text = await extractPdfText(pdf, 'res.pdf');
    expect(text).toBe(
      '1. Urges Governments to devise, enforce and\nstrengthen effective measures\n\n2. Calls upon Governments to criminalize\n',
    );
  });

  it('refuses a PDF without a text layer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawRectangle({ x: 10, y: 10, width: 100, height: 100 });
    expect(await codeOf(extractPdfText(await doc.save(), 'scan.pdf'))).toBe(SeedErrorCode.PDF_NO_TEXT);
  });

  it('refuses a file that is not a PDF', async () => {
    expect(await codeOf(extractPdfText(new TextEncoder().encode('%PDF-1.7 truncated'), 'x.pdf'))).toBe(
      SeedErrorCode.FILE_UNREADABLE,
    );
    expect(await codeOf(extractPdfText(new Uint8Array(), 'x.pdf'))).toBe(SeedErrorCode.FILE_EMPTY);
  });
});
