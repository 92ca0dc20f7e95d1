// Orderings shared by both stores. Strings compare by UTF-16 code units, as JavaScript's `<` and
// Cypher's string comparison both do; never localeCompare, whose answer depends on the machine.

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lexicographic comparison of string tuples (shorter first when one is a prefix of the other). */
export const compareTuples = (a: readonly string[], b: readonly string[]): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareStrings(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return a.length - b.length;
};

export const byId = <T extends { id: string }>(a: T, b: T): number => compareStrings(a.id, b.id);

export const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareStrings);
