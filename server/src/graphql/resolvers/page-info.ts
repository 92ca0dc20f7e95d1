// PageInfo of every connection, from the ids of the page, whether more follow, and the `after` asked.
import { encodeCursor } from '../../store/contract/validate';

export function pageInfo(ids: readonly string[], hasNextPage: boolean, after: string | null | undefined) {
  const first = ids[0];
  const last = ids[ids.length - 1];
  return {
    hasNextPage,
    // a cursor that named an item: that item, at least, comes before this page
    hasPreviousPage: after !== null && after !== undefined,
    startCursor: first === undefined ? null : encodeCursor(first),
    endCursor: last === undefined ? null : encodeCursor(last),
  };
}
