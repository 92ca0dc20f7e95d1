// Runs one measurement in a child Node process (tsx loader, GC exposed), so its peak memory (the
// kernel's max RSS) and heap belong to that measurement alone. The child prints one JSON line last.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Forward the child's stderr (progress lines) to ours. */
  echo?: boolean;
}

export function scriptPath(relativeToBench: string): string {
  return fileURLToPath(new URL(`../${relativeToBench}`, import.meta.url));
}

/** A child stopped at its time bound, with what it had said on stderr by then. */
export class ChildTimeout extends Error {
  constructor(
    readonly script: string,
    readonly stderr: string,
  ) {
    super(`${script} stopped at its time bound`);
  }
}

export function runChild<T>(script: string, args: string[], options: ChildOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', options.echo ? 'inherit' : 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new ChildTimeout(script, err));
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${script} exited ${code ?? signal}: ${err.slice(-2000)}${out.slice(-500)}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script}: no JSON result (${last.slice(0, 200)})`));
      }
    });
  });
}

/** For children: print the result and the peak RSS the kernel saw, in MB. */
export function emit(result: Record<string, unknown>): void {
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`\n${JSON.stringify({ ...result, maxRssMb })}\n`);
}
