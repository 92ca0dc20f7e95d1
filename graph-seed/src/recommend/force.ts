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

// All the verbs in one regex, one group each in the order above: one scan of the text finds
// the first verb, and where two start at the same place the one listed first wins.
const ANY_VERB = new RegExp(VERBS.map(([re]) => `(${re.source})`).join('|'), 'iu');

/** The force of a text, or undefined if no verb of force is in it. */
export function forceOf(text: string): Force | undefined {
  const m = ANY_VERB.exec(text);
  if (!m) return undefined;
  const k = VERBS.findIndex((_, i) => m[i + 1] !== undefined);
  return VERBS[k]?.[1];
}

/**
 * The force of a recommendation: from its own text, else from its chapeau's (a sub-item of
 * "The Committee recommends that States parties: …" recommends), else `recommends`.
 */
export function recommendationForce(text: string, chapeauTexts: readonly string[]): Force {
  for (const t of [text, ...chapeauTexts]) {
    const f = forceOf(t);
    if (f !== undefined) return f;
  }
  return 'recommends';
}
