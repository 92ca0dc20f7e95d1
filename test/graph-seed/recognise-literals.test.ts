import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogues } from '../../graph-seed/src/catalogue';
import { readCatalogues } from '../../graph-seed/src/io/catalogues';
import { requirement } from '../../graph-seed/src/recognise/literals';
import { execAll, splitRegex } from '../../graph-seed/src/recognise/lookbehind';
import { aliasSource } from '../../graph-seed/src/recognise/phrases';
import { mayMatch, Prefilter } from '../../graph-seed/src/recognise/prefilter';
import { segmentedCorpus } from './corpus';

// The speed-ups of the recognisers (a literal prefilter, lookbehinds split off) must never change
// what the catalogue patterns find: checked here on every pattern against every corpus provision
// (a million regex runs: the two corpus-wide checks get a generous timeout).
let catalogues: Catalogues;
let texts: string[];
beforeAll(async () => {
  catalogues = await readCatalogues();
  texts = segmentedCorpus().flatMap((d) => (d.provisions ?? []).map((p) => p.text));
}, 60_000);

/** Every regex source of the catalogues, with the flags the recognisers compile it with. */
function sources(): Array<{ source: string; flags: string }> {
  const named = [
    ...catalogues.actors.flatMap((e) => e.aliases),
    ...catalogues.instruments.flatMap((e) => [e.name, ...e.aliases]),
  ];
  return [
    ...named.map((a) => ({ source: aliasSource(a), flags: 'gu' })),
    ...[...catalogues.actors, ...catalogues.instruments].flatMap((e) =>
      e.patterns.map((source) => ({ source, flags: 'gu' })),
    ),
    ...[...catalogues.rootCauses, ...catalogues.obligations].flatMap((e) =>
      [...e.patterns, ...e.negativePatterns].map((source) => ({ source, flags: 'giu' })),
    ),
  ];
}

describe('the literal prefilter', () => {
  it('never rules out a provision in which a catalogue pattern matches', () => {
    const missed: string[] = [];
    for (const caseless of [false, true]) {
      const filter = new Prefilter(caseless);
      const compiled = sources()
        .filter((s) => s.flags.includes('i') === caseless)
        .map((s) => ({
          s,
          whole: new RegExp(s.source, s.flags.replace('g', '')),
          f: filter.compile(s.source, s.flags),
        }));
      for (const text of texts)
        for (const { s, whole, f } of compiled)
          if (whole.test(text) && !mayMatch(f, text)) missed.push(s.source);
    }
    expect(missed).toEqual([]);
  }, 120_000);

  it('rules out a provision that lacks a word every match needs', () => {
    const filter = new Prefilter(true);
    const poverty = filter.compile('\\bfeminization of poverty', 'giu');
    // GR 38, para. 10
    const text =
      'Trafficking in women and girls is also linked to the negative impacts of globalization and to gender inequalities.';
    expect(mayMatch(poverty, text)).toBe(false);
    expect(mayMatch(poverty, 'the feminization of Poverty')).toBe(true);
  });

  it('requires one of the alternatives of a group, and none of an optional part', () => {
    expect(requirement('\\b(?:information|intelligence) (?:sharing|exchange)', true)).toEqual({
      all: [{ any: ['information', 'intelligence'] }, { any: ['sharing', 'exchange'] }],
    });
    expect(requirement('\\bdisplace(?:d|ment)\\b', true)).toBe('displace');
    expect(requirement('\\bprohibit (?:all forms of )?trafficking', true)).toEqual({
      all: ['trafficking', 'prohibit '],
    });
    // the first letter of an alias is free in case: only the rest is required
    expect(requirement(aliasSource('Member States'), false)).toEqual({ all: ['States', 'ember'] });
  });

  it('gives no filter where an alternative has no literal to require', () => {
    expect(requirement('\\bEU\\b', false)).toBeUndefined();
    expect(requirement('\\b(?:[Ii]LO|ILO)\\b|UNODC', false)).toBeUndefined();
  });
});

describe('a regex split at its opening lookbehind', () => {
  it('finds exactly the matches of the whole regex in every provision', () => {
    const differ: string[] = [];
    for (const { source, flags } of sources()) {
      const split = splitRegex(source, flags);
      if (!split.guard) continue;
      const whole = new RegExp(source, flags);
      for (const text of texts) {
        const a = [...text.matchAll(whole)].map((m) => `${m.index}:${m[0]}`);
        const b = [...execAll(split, text)].map((m) => `${m.index}:${m[0]}`);
        if (a.join('|') !== b.join('|')) differ.push(source);
      }
    }
    expect(differ).toEqual([]);
  }, 120_000);

  it('skips a match the lookbehind rules out and finds the next one', () => {
    // the States pattern of the actor catalogue: not "United States", but the "States" after it
    const source = '(?<![-A-Za-z]|United )States?(?![-A-Za-z])';
    const text = 'Trafficking to the United States and other States of destination';
    const found = [...execAll(splitRegex(source, 'gu'), text)].map((m) => m.index);
    expect(found).toEqual([...text.matchAll(new RegExp(source, 'gu'))].map((m) => m.index));
    expect(found).toEqual([text.lastIndexOf('States')]);
  });
});
