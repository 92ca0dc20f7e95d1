// Did-you-mean for a search with no hit, the same on both stores: each store hands over its
// vocabulary (every token it indexes, with the number of nodes having it); a query word no token
// starts with is replaced by the closest token, by edit distance (at most 1 for words of up to 5
// letters, 2 beyond), then by the most nodes having it, then by code-unit order. Hand-written:
// the rule must be bit-for-bit the same on both sides, and a bounded Levenshtein is a few lines.

/** Levenshtein distance of a and b, or `max + 1` once it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

const allowedEdits = (word: string): number => (word.length <= 5 ? 1 : 2);

/** A vocabulary: token → number of nodes having it. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The closest known token for `word`, or null. */
export function closestToken(word: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(word);
  let best: { token: string; distance: number; count: number } | null = null;
  for (const [token, count] of vocabulary) {
    const distance = editDistance(word, token, max);
    if (distance > max) continue;
    if (
      best === null ||
      distance < best.distance ||
      (distance === best.distance && (count > best.count || (count === best.count && token < best.token)))
    ) {
      best = { token, distance, count };
    }
  }
  return best?.token ?? null;
}

/**
 * Suggestions for a search text whose words are `terms` (folded): at most one, the text with each
 * unknown word (`known(word)` false) replaced by its closest token; none when no word is unknown or
 * none has a close token.
 */
export function suggestions(
  terms: readonly string[],
  known: (term: string) => boolean,
  vocabulary: Vocabulary,
): string[] {
  let changed = false;
  const words = terms.map((t) => {
    if (known(t)) return t;
    const closest = closestToken(t, vocabulary);
    if (closest === null) return t;
    changed = true;
    return closest;
  });
  return changed ? [words.join(' ')] : [];
}
