// Builds the explorer once per run so browser tests and benchmarks always drive the current source.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web', import.meta.url));

export function buildWeb(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)), 'build'],
    {
      cwd: WEB,
      stdio: 'pipe',
      // The production build, as served: under vitest NODE_ENV is `test`, which makes React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
