// The importer writes no property for an empty field, and an empty list is one: the online loader
// stores `[]` there, so the bulk path sets those lists once the imported graph is served, by the same
// keys (node id, or a relationship's ends, type and rank), in batches of the loader's size.
import type { RelationshipType } from '../../bundle';
import { groupBy, type LoadRun } from '../load-steps';
import * as st from './bulk-statements';
import type { EmptyList } from './import-files';

async function write(run: LoadRun, text: string, params: Record<string, unknown>): Promise<void> {
  await run.driver.executeQuery(text, params);
}

export async function setEmptyLists(run: LoadRun, v: number, lists: readonly EmptyList[]): Promise<void> {
  const nodes = lists.flatMap((l) => (l.kind === 'node' ? [l] : []));
  for (const [key, ls] of groupBy(nodes, (l) => l.key))
    for (let i = 0; i < ls.length; i += run.batch) {
      const q = st.setEmptyNodeLists(
        v,
        key,
        ls.slice(i, i + run.batch).map((l) => l.id),
      );
      await write(run, q.text, q.params);
    }
  const rels = lists.flatMap((l) => (l.kind === 'relationship' ? [l] : []));
  for (const ls of groupBy(rels, (l) => `${l.type} ${l.key}`).values()) {
    const [first] = ls;
    if (!first) continue;
    for (let i = 0; i < ls.length; i += run.batch) {
      const rows = ls.slice(i, i + run.batch).map((l) => ({ start: l.start, end: l.end, k: l.k }));
      const q = st.setEmptyRelationshipLists(first.type as RelationshipType, v, first.key, rows);
      await write(run, q.text, q.params);
    }
  }
}
