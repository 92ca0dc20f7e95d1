// While Neo4j is unreachable, one read at a time tries it and every other read fails at once.
// Without this, each request during an outage (or while a restarting Neo4j accepts connections but
// does not answer them yet) opens its own connection attempt; they pile up to the pool's limit and
// keep new requests waiting for seconds after the database is back. Hand-written: a circuit breaker
// library (opossum) reopens on a timer, whereas here the first read that succeeds reopens at once.

/** How a read was let through: as usual, or as the one trial while the database is thought down. */
export type Admission = 'normal' | 'trial';

export class OutageGate {
  private down = false;
  private trialSince: number | null = null;

  /**
   * @param trialTimeoutMs after this long without an answer, a trial no longer holds the gate (a
   *   connection attempt can hang): the next read becomes a new trial.
   */
  constructor(
    private readonly trialTimeoutMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The admission of a read about to start, or null when it must fail at once as UNAVAILABLE. */
  admit(): Admission | null {
    if (!this.down) return 'normal';
    const now = this.now();
    if (this.trialSince !== null && now - this.trialSince < this.trialTimeoutMs) return null;
    this.trialSince = now;
    return 'trial';
  }

  /** A read reached the database: it is up. */
  succeeded(): void {
    this.down = false;
    this.trialSince = null;
  }

  /** A read could not reach the database. */
  failed(admission: Admission): void {
    this.down = true;
    if (admission === 'trial') this.trialSince = null;
  }
}
