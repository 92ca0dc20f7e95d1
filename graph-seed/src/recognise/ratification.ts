/**
 * A call to ratify, accede to or sign instruments ("States parties are encouraged to ratify or
 * accede to the: (a) …") lists their titles and frameworks: its words name instruments, not the
 * drivers it discusses or the duties it states, so it yields no root cause and no obligation.
 */
const RATIFY =
  /\b(?:ratify|ratifying|ratification|accede|acceding|accession|signing and ratifying|become part(?:y|ies) to)\b/iu;

export const callsToRatify = (texts: readonly string[]): boolean => texts.some((t) => RATIFY.test(t));
