// Which node properties a query reads, from its selection: the store then returns only those
// (contract PropertySelection), instead of every node's whole text. A node type's property field reads
// the property of its own name (node-types.ts `props`), `name` reads `name`, `document` reads
// `documentId`, `properties` reads them all; the other fields (id, label, relationships) read none.
// A field this does not know costs nothing but a missing key, so a new relationship field is safe; a
// new field reading a property under another name must be added to READS_OTHER (test/api checks
// every field of every node type against the answer with all properties).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { PropertySelection } from '../store/graph-store';

const READS_OTHER: Readonly<Record<string, readonly string[]>> = { document: ['documentId'] };
const READS_ALL = 'properties';

/** The fields selected in `set`, through fragments and inline fragments, by name (aliases resolved). */
function fields(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fields(s.selectionSet, info, out);
    else fields(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/** The field nodes at `path` below the resolved field (the resolved field itself for []). */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const step of path)
    level = level.flatMap((f) => fields(f.selectionSet, info)).filter((f) => f.name.value === step);
  return level;
}

function select(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): PropertySelection {
  const keys = new Set<string>();
  for (const path of paths) {
    for (const f of fieldsAt(info, path).flatMap((node) => fields(node.selectionSet, info))) {
      const name = f.name.value;
      if (name === READS_ALL) return 'all';
      for (const key of READS_OTHER[name] ?? [name]) keys.add(key);
    }
  }
  return [...keys].sort();
}

const cache = new WeakMap<FieldNode, Map<string, PropertySelection>>();

/**
 * The properties read of the nodes at `paths` below the resolved field (e.g. [['nodes']] for a
 * neighbourhood; [[]] for the field's own nodes). Kept per field of a parsed document and paths: the
 * same query asks the same every time.
 */
export function selectedProperties(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): PropertySelection {
  const key = info.fieldNodes[0];
  const pathKey = paths.map((p) => p.join('.')).join('|');
  const known = key && cache.get(key)?.get(pathKey);
  if (known) return known;
  const selection = select(info, paths);
  if (key && info.fieldNodes.length === 1) {
    const byPaths = cache.get(key) ?? new Map<string, PropertySelection>();
    byPaths.set(pathKey, selection);
    cache.set(key, byPaths);
  }
  return selection;
}

/** Whether the field at `path` below the resolved field is selected at all. */
export function selectsField(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}
