// Parses a JSON object held in a Buffer without ever making the whole text one string: V8 caps a
// string near 512 MB, and a bundle of a large corpus is bigger. The object's top-level values are
// parsed by JSON.parse one by one, and a top-level array in slices of whole elements, each slice
// well under that cap. Hand-written rather than stream-json: its assembler took 29 s on a 612 MB
// bundle that this reads in a few (bench/results), and a bundle is read on every server start.
//
// The scan only finds where values end (strings with their escapes, nested brackets); JSON.parse
// checks every slice, so malformed input still fails, as a JsonSliceError naming its byte offset.

/** Bytes of array text handed to one JSON.parse. */
const SLICE_BYTES = 32 * 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

export class JsonSliceError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(buf: Buffer, i: number): number {
  while (isSpace(buf[i])) i++;
  return i;
}

/** The index just after the string that opens at `i` (a quote). */
function stringEnd(buf: Buffer, i: number): number {
  let j = i + 1;
  for (;;) {
    j = buf.indexOf(QUOTE, j);
    if (j < 0) throw new JsonSliceError('unterminated string', i);
    let slashes = 0;
    while (buf[j - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j + 1;
    j++;
  }
}

/** The index just after the value that starts at `i`. */
function valueEnd(buf: Buffer, i: number): number {
  const first = buf[i];
  if (first === QUOTE) return stringEnd(buf, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let j = i;
    while (
      j < buf.length &&
      !isSpace(buf[j]) &&
      buf[j] !== COMMA &&
      buf[j] !== CLOSE_BRACE &&
      buf[j] !== CLOSE_BRACKET
    )
      j++;
    if (j === i) throw new JsonSliceError('value expected', i);
    return j;
  }
  let depth = 0;
  for (let j = i; j < buf.length; j++) {
    const b = buf[j];
    if (b === QUOTE) j = stringEnd(buf, j) - 1;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) return j + 1;
  }
  throw new JsonSliceError('unterminated value', i);
}

function parseSlice(buf: Buffer, start: number, end: number, wrap = ''): unknown {
  try {
    const text = buf.toString('utf8', start, end);
    return JSON.parse(wrap ? `${wrap[0]}${text}${wrap[1]}` : text);
  } catch (e) {
    throw new JsonSliceError((e as Error).message, start);
  }
}

/** The elements of the array that opens at `i`, and the index after it. */
function readArray(buf: Buffer, i: number, out: unknown[], sliceBytes: number): number {
  let j = skipSpace(buf, i + 1);
  if (buf[j] === CLOSE_BRACKET) return j + 1;
  let sliceStart = j;
  for (;;) {
    j = skipSpace(buf, valueEnd(buf, j));
    const b = buf[j];
    if (b !== COMMA && b !== CLOSE_BRACKET) throw new JsonSliceError("',' or ']' expected", j);
    if (b === CLOSE_BRACKET || j - sliceStart >= sliceBytes) {
      for (const item of parseSlice(buf, sliceStart, j, '[]') as unknown[]) out.push(item);
      sliceStart = skipSpace(buf, j + 1);
    }
    if (b === CLOSE_BRACKET) return j + 1;
    j = skipSpace(buf, j + 1);
  }
}

/** An own property, as JSON.parse makes it ("__proto__" too, which assignment would not). */
function define(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses a buffer holding one JSON object; `sliceBytes` bounds the text of one JSON.parse. */
export function parseJsonObject(buf: Buffer, sliceBytes = SLICE_BYTES): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let i = skipSpace(buf, 0);
  if (buf[i] !== OPEN_BRACE) throw new JsonSliceError("'{' expected", i);
  i = skipSpace(buf, i + 1);
  if (buf[i] === CLOSE_BRACE) i++;
  else
    for (;;) {
      if (buf[i] !== QUOTE) throw new JsonSliceError('property name expected', i);
      const keyEnd = stringEnd(buf, i);
      const key = parseSlice(buf, i, keyEnd) as string;
      i = skipSpace(buf, keyEnd);
      if (buf[i] !== COLON) throw new JsonSliceError("':' expected", i);
      i = skipSpace(buf, i + 1);
      if (buf[i] === OPEN_BRACKET) {
        const items: unknown[] = [];
        i = readArray(buf, i, items, sliceBytes);
        define(out, key, items);
      } else {
        const end = valueEnd(buf, i);
        define(out, key, parseSlice(buf, i, end));
        i = end;
      }
      i = skipSpace(buf, i);
      if (buf[i] === CLOSE_BRACE) {
        i++;
        break;
      }
      if (buf[i] !== COMMA) throw new JsonSliceError("',' or '}' expected", i);
      i = skipSpace(buf, i + 1);
    }
  if (skipSpace(buf, i) !== buf.length) throw new JsonSliceError('unexpected text after the object', i);
  return out;
}
