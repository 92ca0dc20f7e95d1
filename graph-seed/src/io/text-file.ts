import { SeedError, SeedErrorCode } from '../errors';

/**
 * Decodes a corpus .txt file, refusing what is not text: empty, binary (NUL bytes or many control
 * characters), or not valid UTF-8.
 */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SeedError(SeedErrorCode.FILE_EMPTY, file, 'the file is empty');
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new SeedError(SeedErrorCode.FILE_BINARY, file, 'binary content (NUL bytes), not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / sample.length > 0.01) {
    throw new SeedError(SeedErrorCode.FILE_BINARY, file, 'binary content (control characters), not text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SeedError(SeedErrorCode.FILE_UNREADABLE, file, 'not valid UTF-8 text');
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new SeedError(SeedErrorCode.FILE_EMPTY, file, 'the file holds only white space');
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
