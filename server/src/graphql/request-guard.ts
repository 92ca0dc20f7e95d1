// What bounds one request while it runs: a deadline, a budget of list items, and turns given back to
// the event loop. Every list field (bounded-fields.ts) and every store call (deadline.ts) passes
// through the guard, so a request that runs long or fans out wide stops inside its own work, not
// only at a database call; and since the embedded store answers synchronously, resolving would
// otherwise hold the event loop (and /health) for as long as the request runs.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { apiError } from './errors';

export const timeoutError = () => apiError('QUERY_TIMEOUT', 'the request ran past its time budget', 400);

export const tooCostlyError = (items: number) =>
  apiError(
    'QUERY_TOO_COSTLY',
    `the request reads more than ${items} list items: ask for smaller pages (first) or fewer fields`,
    400,
  );

/** Longest stretch of work between two turns given back to the event loop. */
const SLICE_MS = 10;

export class RequestGuard {
  private spent = 0;
  private lastTurn = Date.now();

  constructor(
    readonly deadline: number,
    readonly maxItems: number,
  ) {}

  /** QUERY_TIMEOUT once the deadline has passed. */
  check(): void {
    if (Date.now() >= this.deadline) throw timeoutError();
  }

  /** Counts list items read; QUERY_TOO_COSTLY past the budget. */
  spend(items: number): void {
    this.spent += items;
    if (this.spent > this.maxItems) throw tooCostlyError(this.maxItems);
  }

  /** Lets other requests (and /health) run when this one has held the event loop for a slice. */
  async pause(): Promise<void> {
    if (Date.now() - this.lastTurn < SLICE_MS) return;
    await nextTurn();
    this.lastTurn = Date.now();
    this.check();
  }
}
