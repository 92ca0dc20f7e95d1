import { describe, expect, it } from 'vitest';
import * as v from '../../../server/src/store/contract/validate';
import { StoreError } from '../../../server/src/store/store-error';

const code = (f: () => unknown) => {
  try {
    f();
    return 'NO_ERROR';
  } catch (e) {
    return e instanceof StoreError ? e.code : 'OTHER';
  }
};

describe('argument checks', () => {
  it('accept the enums and reject anything else with INVALID_ARGUMENT', () => {
    expect(v.checkLabel('Actor')).toBe('Actor');
    expect(code(() => v.checkLabel('actor'))).toBe('INVALID_ARGUMENT');
    expect(code(() => v.checkTypes(['CITES', 'Cites']))).toBe('INVALID_ARGUMENT');
    expect(code(() => v.checkTypes([]))).toBe('INVALID_ARGUMENT');
    expect(code(() => v.checkDirection('up'))).toBe('INVALID_ARGUMENT');
    expect(code(() => v.checkPropertyKey('a` = 1 //'))).toBe('INVALID_ARGUMENT');
  });

  it('bound integers', () => {
    expect(code(() => v.checkInt('depth', 2, 1, 3))).toBe('NO_ERROR');
    for (const bad of [0, 4, 1.5, Number.NaN])
      expect(code(() => v.checkInt('depth', bad, 1, 3))).toBe('INVALID_ARGUMENT');
  });

  it('round-trips cursors and rejects forged ones', () => {
    expect(v.decodeCursor(v.encodeCursor('rec:cedaw-gr38:54(b)'))).toBe('rec:cedaw-gr38:54(b)');
    expect(v.decodeCursor(null)).toBeNull();
    expect(code(() => v.decodeCursor('not a cursor!'))).toBe('INVALID_ARGUMENT');
  });
});
