// The machine's latency floor at a constant rate: the same open-model load against floor-server.ts,
// a server that does no work. On a shared machine a p99 well above the target can be the machine's;
// this figure, taken right after the real one, says how much.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib/server';
import type { CannonResult } from './cannon';
import { constantRate } from './constant-rate';

export async function latencyFloor(rate: number, seconds: number): Promise<CannonResult> {
  const port = await freePort();
  const script = fileURLToPath(new URL('./floor-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await once(child.stdout, 'data');
    return await constantRate(`http://127.0.0.1:${port}`, [JSON.stringify({ query: '{ __typename }' })], {
      rate,
      seconds,
    });
  } finally {
    child.kill('SIGTERM');
  }
}
