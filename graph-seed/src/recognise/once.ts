/**
 * Compiles once per catalogue. Stages run per document, and several stages read the same
 * catalogue: compiling its patterns at each call would cost as much as the matching at a large
 * corpus (hundreds of regexes, each compiled again by the engine on first use). The catalogue
 * arrays are read once at the edge and never changed, so their identity is the key; a WeakMap
 * lets a catalogue and its compiled form go together.
 */
export function oncePerCatalogue<K extends object, V>(compile: (catalogue: K) => V): (catalogue: K) => V {
  const cache = new WeakMap<K, V>();
  return (catalogue) => {
    let v = cache.get(catalogue);
    if (v === undefined) {
      v = compile(catalogue);
      cache.set(catalogue, v);
    }
    return v;
  };
}
