import { describe, expect, it } from 'vitest';
import { JsonSliceError, parseJsonObject } from '../../../graph-seed/src/bundle/large-json';

const parse = (text: string, sliceBytes?: number) => parseJsonObject(Buffer.from(text, 'utf8'), sliceBytes);

describe('parseJsonObject', () => {
  const samples = [
    '{}',
    ' { "a" : [ ] , "b":{} } ',
    '{"nodes":[{"id":"a","t":"say \\"hi\\" \\\\"},{"id":"b\\\\","n":[1,[2,{"x":"]}"}]]}],"v":-1.5e3,"f":false,"z":null}',
    '{"u":"naïve – “quoted” 中文 \\u00e9","list":["[","{","\\\\\\"",",",":"],"e":[]}',
    JSON.stringify(
      {
        format: 'graph-bundle',
        version: 1,
        nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, p: { s: 'x,]}'.repeat(i % 7) } })),
      },
      null,
      2,
    ),
  ];

  it('gives what JSON.parse gives, whatever the slice size', () => {
    for (const text of samples)
      for (const size of [1, 7, 64, 1 << 25]) expect(parse(text, size)).toEqual(JSON.parse(text));
  });

  it('keeps a "__proto__" key as an own property, as JSON.parse does', () => {
    const o = parse('{"__proto__":{"polluted":true},"a":[{"__proto__":1}]}');
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses malformed text, naming where', () => {
    for (const text of [
      '',
      '[1,2]',
      '{"a":[1 2]}',
      '{"a":[1,]}',
      '{"a":[{"b":1}{"c":2}]}',
      '{"a":"unterminated}',
      '{"a":1,}',
      '{"a":1} trailing',
      '{a:1}',
      '{"a" 1}',
      '{"a":[{"b":}]}',
      '{"a":tru}',
      '{"a":[1,2}',
    ])
      expect(() => parse(text, 2), text).toThrow(JsonSliceError);
  });
});
