import type { RootCauseEntry } from '../catalogue';
import type { Mention } from '../types';
import { compileMeanings, findMeanings, type MeaningMatcher, type Span } from './meaning-patterns';
import type { Role } from '../nlp/clause-frames';
import { oncePerCatalogue } from './once';
import { Reading } from './reading';

/**
 * Root causes a provision discusses (ONTOLOGY.md, "Root causes"), by role: the catalogue's
 * phrases and frames, minus its negative patterns and words inside names (`names`), and not
 * where the phrase is only the topic of a training, report or data set or names those trained.
 * A phrase that names a driver in passing (a group, a place, an offence, a service: the entry's
 * `riskPatterns`) counts only in a sentence that presents it as a source of vulnerability or
 * risk (the catalogue's `riskCues`); so does any phrase that only modifies a noun for people (the
 * `group` role: "displaced and migrant women"). One Mention per cause, at its first match.
 */
export type CauseRecogniser = MeaningMatcher[];

/** Roles in which a root-cause phrase names no driver of the provision: what is taught or studied, who is trained, a qualifier. */
export const CAUSE_BARRED: readonly Role[] = ['taught', 'studied', 'trainee', 'qualifier'];

/** Roles in which a root-cause phrase names a driver only where the sentence ties it to risk. */
export const CAUSE_AT_RISK: readonly Role[] = ['group', 'field', 'offence'];

const compiled = oncePerCatalogue(
  (_entries: readonly RootCauseEntry[]) => new Map<string, CauseRecogniser>(),
);

export function causeRecogniser(
  entries: readonly RootCauseEntry[],
  riskCues: readonly string[] = [],
): CauseRecogniser {
  const byCues = compiled(entries);
  const key = riskCues.join('\u0000');
  let r = byCues.get(key);
  if (!r) {
    r = compileMeanings(entries, 'cause:', { barred: CAUSE_BARRED, riskCues, riskRoles: CAUSE_AT_RISK });
    byCues.set(key, r);
  }
  return r;
}

export const recogniseCauses = (
  r: CauseRecogniser,
  text: string,
  names: readonly Span[] = [],
  reading: Reading = new Reading(text),
): Mention[] => findMeanings(text, r, names, reading);
