import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropNested, type Hit, within } from '../../../graph-seed/src/recognise/phrases';
import { blankOut, type Span, SpanIndex } from '../../../graph-seed/src/recognise/span-index';

const span = fc
  .tuple(fc.nat({ max: 60 }), fc.nat({ max: 12 }))
  .map(([start, length]): Span => ({ start, end: start + length }));
const spans = fc.array(span, { maxLength: 25 });

describe('SpanIndex', () => {
  it('answers every question as a scan over all the spans would', () => {
    fc.assert(
      fc.property(spans, span, (all, s) => {
        const index = new SpanIndex(all);
        expect(index.contains(s)).toBe(all.some((n) => s.start >= n.start && s.end <= n.end));
        expect(index.overlaps(s)).toBe(all.some((n) => s.start < n.end && n.start < s.end));
        expect(index.covers(s.start)).toBe(all.some((n) => s.start >= n.start && s.start < n.end));
        expect(index.startsIn(s.start, s.end)).toBe(all.some((n) => n.start >= s.start && n.start < s.end));
      }),
    );
  });
});

describe('blankOut', () => {
  it('blanks the spans of a text as blanking them one by one would, its length unchanged', () => {
    const text = 'the Convention on the Elimination of All Forms of Discrimination against Women calls';
    fc.assert(
      fc.property(
        fc.array(
          span.filter((s) => s.end <= text.length),
          { maxLength: 8 },
        ),
        (names) => {
          const oneByOne = names.reduce(
            (t, n) => t.slice(0, n.start) + ' '.repeat(n.end - n.start) + t.slice(n.end),
            text,
          );
          expect(blankOut(text, names)).toBe(oneByOne);
        },
      ),
    );
  });
});

describe('dropNested', () => {
  const hit = fc
    .tuple(span, fc.constantFrom('actor:state', 'actor:country-fr', 'inst:cedaw'))
    .map(([s, target]): Hit => ({ ...s, target, surface: '', method: 'catalogue' }));

  it('drops exactly the hits another hit holds and shadows, keeping the given order', () => {
    const shadows = (o: Hit, i: Hit) => o.target === i.target || i.target === 'actor:state';
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 30 }), (hits) => {
        const scan = hits.filter((h) => !hits.some((o) => o !== h && within(h, o) && shadows(o, h)));
        expect(dropNested(hits, shadows)).toEqual(scan);
      }),
    );
  });
});
