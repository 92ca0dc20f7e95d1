import type { Force } from '../types';

/**
 * The force of a recommendation: its operative verb, lower case (ONTOLOGY.md, Recommendation
 * `force`). The first verb that calls for action wins; a bare imperative ("Ensure that …", as in
 * a recommendations section) has the force of the section itself: `recommends`.
 */
const VERBS: ReadonlyArray<readonly [RegExp, Force]> = [
  [/\bstrongly urge[sd]?\b/iu, 'strongly-urges'],
  [/\burges\b|\bare urged\b|\bis urged\b/iu, 'urges'],
  [/\bcalls? (?:upon|on|for)\b|\bare called (?:upon|on)\b/iu, 'calls-upon'],
  [/\bencourages\b|\b(?:are|is) (?:strongly )?encouraged\b/iu, 'encourages'],
  [/\binvites\b|\b(?:are|is) invited\b/iu, 'invites'],
  [/\brequests\b|\b(?:are|is) requested\b/iu, 'requests'],
  [/\brecommends\b|\b(?:are|is) recommended\b/iu, 'recommends'],
  [
    /\b(?:stresses|emphasizes|emphasises|underlines|underscores) the (?:urgent )?need\b/iu,
    'stresses-the-need',
  ],
  [/\bmust\b|\b(?:are|is) (?:obligated|obliged|required) to\b/iu, 'must'],
  [/\bshould\b/iu, 'should'],
  [/\bshall\b/iu, 'shall'],
];

/** The force of a text, or undefined if no verb of force is in it. */
export function forceOf(text: string): Force | undefined {
  let best: { at: number; force: Force } | undefined;
  for (const [re, force] of VERBS) {
    const m = re.exec(text);
    if (m && (best === undefined || m.index < best.at)) best = { at: m.index, force };
  }
  return best?.force;
}

/**
 * The force of a recommendation: from its own text, else from its chapeau's (a sub-item of
 * "The Committee recommends that States parties: …" recommends), else `recommends`.
 */
export const recommendationForce = (text: string, chapeauTexts: readonly string[]): Force =>
  forceOf(text) ?? chapeauTexts.map(forceOf).find((f) => f !== undefined) ?? 'recommends';
