// The neo4j:local CLI's cheap paths (no JVM started): `env` output and usage errors.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/neo4j-local/cli.ts', ...args], {
    env: { ...process.env, NEO4J_LOCAL_PASSWORD: '', NEO4J_PASSWORD: '', ...env },
    encoding: 'utf8',
  });

describe('neo4j:local CLI', () => {
  it('prints export lines for the three connection variables', () => {
    const r = cli(['env'], { NEO4J_LOCAL_PORT: '7690', NEO4J_LOCAL_PASSWORD: 'secret-pass' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'export NEO4J_URI=bolt://127.0.0.1:7690',
      'export NEO4J_USER=neo4j',
      'export NEO4J_PASSWORD=secret-pass',
    ]);
  });

  it('exits non-zero with a usage message on an unknown command', () => {
    const r = cli(['launch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
