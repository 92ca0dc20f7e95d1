import { describe, expect, it } from 'vitest';
import { SeedErrorCode } from '../../../graph-seed/src/errors';
import { refuseRunawayLines } from '../../../graph-seed/src/io/line-length';
import { decodeTextFile } from '../../../graph-seed/src/io/text-file';

const bytes = (s: string) => new TextEncoder().encode(s);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('decodeTextFile', () => {
  it('returns the text with Windows line ends and a byte-order mark normalised', () => {
    const text = decodeTextFile(bytes('\uFEFF1. Article 6 of the Convention\r\nsets out'), 'a.txt');
    expect(text).toBe('1. Article 6 of the Convention\nsets out');
  });

  it('refuses an empty file and a file of white space', () => {
    expect(codeOf(() => decodeTextFile(new Uint8Array(), 'a.txt'))).toBe(SeedErrorCode.FILE_EMPTY);
    expect(codeOf(() => decodeTextFile(bytes(' \n\n \t'), 'a.txt'))).toBe(SeedErrorCode.FILE_EMPTY);
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(codeOf(() => decodeTextFile(png, 'a.txt'))).toBe(SeedErrorCode.FILE_BINARY);
  });

  it('refuses text that is not UTF-8 (a Latin-1 file)', () => {
    const latin1 = new Uint8Array([...bytes('Convention sur l'), 0xe9, ...bytes('limination')]);
    expect(codeOf(() => decodeTextFile(latin1, 'a.txt'))).toBe(SeedErrorCode.FILE_UNREADABLE);
  });
});

describe('refuseRunawayLines', () => {
  const paragraph =
    'States parties should ensure that victims of trafficking are not prosecuted for offences they were compelled to commit. ';

  it('accepts the corpus layout and a paragraph per line', () => {
    expect(codeOf(() => refuseRunawayLines(`${paragraph}\n${paragraph.repeat(30)}\n`, 'a.txt'))).toBe(
      'no error',
    );
  });

  it('refuses a text whose line breaks were lost, naming the line', () => {
    const text = `Trafficking in women and girls\n${paragraph.repeat(1000)}\nend`;
    expect(codeOf(() => refuseRunawayLines(text, 'a.txt'))).toBe(SeedErrorCode.LINE_TOO_LONG);
    expect(() => refuseRunawayLines(text, 'a.txt')).toThrow(/a\.txt: line 2 holds/);
  });
});
