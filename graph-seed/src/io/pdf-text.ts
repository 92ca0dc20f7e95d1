import { SeedError, SeedErrorCode } from '../errors';

interface TextItem {
  str: string;
  hasEOL: boolean;
}

/**
 * Extracts the text layer of a PDF with pdfjs-dist (Mozilla's maintained PDF engine), one line per
 * text line and a blank line between pages, as the corpus's own .txt extractions are laid out.
 * A PDF whose pages carry no text (a scan without OCR) is refused: there is nothing to read.
 */
export async function extractPdfText(bytes: Uint8Array, file: string): Promise<string> {
  if (bytes.length === 0) throw new SeedError(SeedErrorCode.FILE_EMPTY, file, 'the file is empty');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    // pdfjs takes ownership of the buffer it is given, so hand it a copy.
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  } catch (e) {
    throw new SeedError(SeedErrorCode.FILE_UNREADABLE, file, `not a readable PDF (${(e as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.trimEnd());
    }
    const all = pages.join('\n\n');
    if (all.trim() === '') {
      throw new SeedError(
        SeedErrorCode.PDF_NO_TEXT,
        file,
        'the PDF has no text layer (scanned without OCR?)',
      );
    }
    return `${all}\n`;
  } finally {
    await pdf.destroy();
  }
}
