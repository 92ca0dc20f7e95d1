// What a graphql-jit compilation weighs, before it is made. graphql-jit writes code for every field an
// operation selects, fragments spread where they are used (a fragment spread in ten places is compiled
// ten times), so the count of those fields, not the document's length, is the measure. The document
// cache budgets its entries by it (document-store.ts) and the executor compiles only up to a size
// (jit-executor.ts).
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The largest operation compiled, in selected fields. The explorer's documents select under a hundred,
 * GraphiQL's introspection query about 220; larger ones are interpreted by graphql-js.
 */
export const JIT_MAX_FIELDS = 250;

/**
 * Heap a compilation holds per selected field once it has run (its source, code and feedback), about
 * what the explorer's own documents measure (bench/results/2026-12-04-design-figures.md).
 */
export const COMPILED_FIELD_BYTES = 8 * 1024;

/** Whether graphql-jit may compile this operation. */
export function compilable(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return selectedFieldCount(document, operation, JIT_MAX_FIELDS) <= JIT_MAX_FIELDS;
}

/** Heap bytes the compilations of a document's operations would hold (0 for those never compiled). */
export function compiledBytes(document: DocumentNode): number {
  let fields = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const n = selectedFieldCount(document, d, JIT_MAX_FIELDS);
    if (n <= JIT_MAX_FIELDS) fields += n;
  }
  return fields * COMPILED_FIELD_BYTES;
}

/** Fields the operation selects, fragments spread; counting stops once past `limit`. */
export function selectedFieldCount(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limit: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let count = 0;
  // fragment cycles are refused by validation before execution; `spreading` guards the walk anyway
  const spreading = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (count > limit) return;
      switch (s.kind) {
        case Kind.FIELD:
          count++;
          walk(s.selectionSet);
          break;
        case Kind.INLINE_FRAGMENT:
          walk(s.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = s.name.value;
          if (spreading.has(name)) break;
          spreading.add(name);
          walk(fragments.get(name)?.selectionSet);
          spreading.delete(name);
          break;
        }
        default: {
          const never: never = s;
          throw new Error(`unknown selection ${String(never)}`);
        }
      }
    }
  };
  walk(operation.selectionSet);
  return count;
}
