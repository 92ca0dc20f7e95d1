import { describe, expect, it } from 'vitest';
import { documentInstrumentId } from '../../../graph-seed/src/link/document-instrument';
import type { DocumentMeta } from '../../../graph-seed/src/types';

const meta = (id: string, symbol: string): DocumentMeta => ({
  id,
  file: `${id}.txt`,
  symbol,
  title: 't',
  kind: 'report',
  issuer: 'x',
  year: 2020,
});

describe('documentInstrumentId', () => {
  it('reads the instrument a document embodies off its symbol', () => {
    expect(documentInstrumentId(meta('cedaw-gr38', 'CEDAW/C/GC/38'))).toBe('inst:cedaw-gr38');
    expect(documentInstrumentId(meta('ga-res-77-194', 'A/RES/77/194'))).toBe('inst:ga-res-77-194');
    expect(documentInstrumentId(meta('sg-a-71-223', 'A/71/223'))).toBe('inst:report-a-71-223');
    expect(documentInstrumentId(meta('x', 'A/HRC/17/35'))).toBe('inst:report-a-hrc-17-35');
  });

  it('falls back to the document id for a text without a UN symbol', () => {
    expect(documentInstrumentId(meta('ohchr-fs36', 'Fact Sheet No. 36'))).toBe('inst:ohchr-fs36');
  });
});
