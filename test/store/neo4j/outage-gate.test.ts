// The outage gate: while Neo4j is down, one read at a time tries it; the others are refused at once.
import { describe, expect, it } from 'vitest';
import { OutageGate } from '../../../server/src/store/neo4j/outage-gate';

function gateWithClock() {
  let t = 0;
  const gate = new OutageGate(2_000, () => t);
  return { gate, advance: (ms: number) => (t += ms) };
}

describe('OutageGate', () => {
  it('lets every read through while the database answers', () => {
    const { gate } = gateWithClock();
    expect([gate.admit(), gate.admit(), gate.admit()]).toEqual(['normal', 'normal', 'normal']);
    gate.succeeded();
    expect(gate.admit()).toBe('normal');
  });

  it('after a failure lets one trial through and refuses the reads that come while it runs', () => {
    const { gate } = gateWithClock();
    gate.failed('normal');
    expect(gate.admit()).toBe('trial');
    expect(gate.admit()).toBeNull();
    expect(gate.admit()).toBeNull();
  });

  it('lets the next read try as soon as the trial fails', () => {
    const { gate } = gateWithClock();
    gate.failed('normal');
    gate.failed(gate.admit() ?? 'normal');
    expect(gate.admit()).toBe('trial');
  });

  it('reopens for everyone when the trial succeeds', () => {
    const { gate } = gateWithClock();
    gate.failed('normal');
    expect(gate.admit()).toBe('trial');
    gate.succeeded();
    expect([gate.admit(), gate.admit()]).toEqual(['normal', 'normal']);
  });

  it('starts a new trial when the running one hangs past the trial timeout', () => {
    const { gate, advance } = gateWithClock();
    gate.failed('normal');
    expect(gate.admit()).toBe('trial');
    advance(1_999);
    expect(gate.admit()).toBeNull();
    advance(1);
    expect(gate.admit()).toBe('trial');
  });
});
