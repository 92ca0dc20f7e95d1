import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type Catalogues, readCatalogues } from '../../graph-seed/src';
import { provisionTexts, type Reach, reachOf, rulesOf } from './reach';

// No rule written for one sentence: every obligation or root-cause rule that matches at most one
// provision of the corpus is a proper name, a fixed term, or justified in its catalogue entry
// (`rare`). A fixed term is a word or compound of at most three words with no open gap: it says
// the thing the same way in any text, however rare it is here.
let catalogues: Catalogues;
let reach: Reach[];
beforeAll(async () => {
  const { state } = await buildGraph();
  catalogues = await readCatalogues();
  const provisions = provisionTexts(state);
  reach = reachOf(rulesOf(catalogues), provisions);
}, 120_000);

/** A run of capitalised words: the name of an instrument or a body. */
const PROPER = /\b\p{Lu}\p{Ll}+ (?:(?:on|of|for|the|and|to|against|relating|Relating) )*\p{Lu}\p{Ll}+/u;

/** The words of a regular expression once its syntax is removed (a group counts as one word). */
function words(source: string): string[] {
  const bare = source
    .replace(/\\b/g, '')
    .replace(/\(\?:[^()]*\)\??/g, 'X')
    .replace(/\\w[+*]|\[[^\]]*\][+*?]?|\\s[+*]?|[?+*]/g, '');
  return bare.split(/[\s/-]+/u).filter(Boolean);
}

const isTerm = (r: Reach) =>
  r.kind !== 'frames' && !/\{0,|\[\^/.test(r.source) && words(r.source).length <= 3;

const justified = (r: Reach) => {
  const list = r.catalogue === 'obligations' ? catalogues.obligations : catalogues.rootCauses;
  return list.find((e) => e.id === r.entry)?.rare.some((x) => x.rule === r.source) ?? false;
};

describe('reach of the obligation and root-cause rules', () => {
  it('has no rule matching at most one provision that is not a name, a fixed term or justified', () => {
    const narrow = reach.filter((r) => r.provisions.length <= 1);
    const unexplained = narrow
      .filter((r) => !PROPER.test(r.source) && !isTerm(r) && !justified(r))
      .map((r) => `${r.catalogue} ${r.entry} ${r.kind} (${r.provisions.length}) ${r.source}`);
    expect(unexplained).toEqual([]);
  });

  it('justifies only rules that exist and are narrow', () => {
    const stale: string[] = [];
    for (const [catalogue, list] of [
      ['obligations', catalogues.obligations],
      ['rootCauses', catalogues.rootCauses],
    ] as const) {
      for (const e of list)
        for (const x of e.rare) {
          const r = reach.find((y) => y.catalogue === catalogue && y.entry === e.id && y.source === x.rule);
          if (!r || r.provisions.length > 1) stale.push(`${catalogue} ${e.id} ${x.rule}`);
        }
    }
    expect(stale).toEqual([]);
  });
});
