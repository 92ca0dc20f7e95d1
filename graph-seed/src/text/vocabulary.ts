// The corpus's own vocabulary, used to decide how a word broken at a line end or split by a stray
// space in the PDF extraction is rejoined. Hand-written rather than a dictionary package: the texts
// are full of legal and UN vocabulary (refoulement, revictimization, UN-Women) that no general word
// list holds, and the corpus itself says which hyphenated compounds are real.

/** Word counts and hyphenated compounds seen whole, inside lines, somewhere in the corpus. */
export interface Vocabulary {
  /** How often the lower-cased word was seen unbroken (never at a line end next to a hyphen). */
  count(word: string): number;
  /** Whether `left-right` was seen as a hyphenated compound inside a line. */
  hasCompound(left: string, right: string): boolean;
}

const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*/gu;

/** Builds the vocabulary from raw texts (line ends and their broken words are left out). */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const words = new Map<string, number>();
  const compounds = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      // A word touching a line-end hyphen or a stray inner space may be a fragment: skip the last
      // token when the line ends in a hyphen, and count the rest.
      const trimmed = raw.trimEnd();
      const line = trimmed.endsWith('-') ? trimmed.replace(/\S+-$/, '') : trimmed;
      for (const m of line.matchAll(WORD)) {
        const token = m[0].toLowerCase();
        const parts = token.includes('-') ? token.split('-') : [token];
        if (parts.length > 1) {
          for (let i = 0; i + 1 < parts.length; i++) compounds.add(`${parts[i]}-${parts[i + 1]}`);
        }
        for (const part of parts) words.set(part, (words.get(part) ?? 0) + 1);
      }
    }
  }
  return {
    count: (word) => words.get(word.toLowerCase()) ?? 0,
    hasCompound: (left, right) => compounds.has(`${left.toLowerCase()}-${right.toLowerCase()}`),
  };
}
