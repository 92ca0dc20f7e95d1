import { z } from 'zod';

/**
 * What the theme catalogues (obligations, root causes) share: an entry is recognised by phrase
 * patterns and by frames over lemmas, each counting only in the roles its entry allows.
 */

/** Roles of a phrase in its clause (nlp/roles.ts) where a match may be kept by `alsoIn`. */
export const ROLES = [
  'purpose',
  'taught',
  'studied',
  'field',
  'trainee',
  'relative',
  'condition',
  'qualifier',
  'group',
  'offence',
] as const;

/**
 * A frame: a verb (or its noun) of a class, with an object of a class, in one clause.
 * `verbs` and `objects` are words as printed or as lemmas ("train", "build capacity";
 * "official", "law enforcement"); `polarity` says whether the verb must stand negated
 * ("victims are not detained") or affirmed, or either.
 */
export const frameSchema = z.object({
  verbs: z.array(z.string()).min(1),
  objects: z.array(z.string()).min(1),
  polarity: z.enum(['affirmed', 'negated', 'any']).default('any'),
  /** Roles, beyond the catalogue's, in which this frame's head does not count. */
  barred: z.array(z.enum(ROLES)).default([]),
});
export type FrameEntry = z.infer<typeof frameSchema>;

export const meaningFields = {
  /** Phrases that speak of the entry (regular expressions, case-insensitive). */
  patterns: z.array(z.string()).default([]),
  /** Look-alike phrases: a pattern match overlapping one of these is dropped. */
  negativePatterns: z.array(z.string()).default([]),
  /** Verb × object frames over lemmas. */
  frames: z.array(frameSchema).default([]),
  /** Roles in which this entry's matches count although the catalogue's default bars them. */
  alsoIn: z.array(z.enum(ROLES)).default([]),
  /**
   * Rules kept although they match at most one provision of the corpus, each with why it is a
   * general way of saying the thing (test/fidelity/pattern-reach.test.ts holds the list to these).
   */
  rare: z.array(z.object({ rule: z.string(), why: z.string().min(8) })).default([]),
};
