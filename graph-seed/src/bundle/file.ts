import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SeedError, SeedErrorCode } from '../errors';
import { serializedChunks } from './canonical';
import { parseJsonObject } from './large-json';
import { type GraphBundle, graphBundleSchema } from './schema';

// Bundles that passed the schema. A bundle is a value, never changed once built: one the build
// checked before returning it need not be checked again before it is written.
const valid = new WeakSet<object>();

/** Checks a bundle against the schema; throws BUNDLE_INVALID naming the first problem. */
export function validateBundle(data: unknown, source: string): GraphBundle {
  const parsed = graphBundleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedError(
      SeedErrorCode.BUNDLE_INVALID,
      source,
      `invalid graph bundle at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
    );
  }
  valid.add(data as object);
  return parsed.data;
}

/** Whether a process of this id runs now (signal 0 tests without signalling; EPERM: it runs, not ours). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run left beside `path` (`<name>.<pid>.<hex>.tmp` of a process
 * that no longer runs); a concurrent run's file is left alone.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const name = basename(path);
  const pattern = /^\.(\d+)\.[0-9a-f]{8}\.tmp$/;
  for (const entry of await readdir(dirname(path)).catch(() => [] as string[])) {
    if (!entry.startsWith(name)) continue;
    const pid = Number(pattern.exec(entry.slice(name.length))?.[1]);
    if (pid > 0 && pid !== process.pid && !running(pid))
      await rm(join(dirname(path), entry), { force: true });
  }
}

/**
 * Validates, then writes the bundle to a temporary file beside the target and renames it into
 * place: a failed or killed run never leaves a broken or half-written bundle, and the previous
 * bundle stays untouched until the new one is complete.
 */
export async function writeBundle(bundle: GraphBundle, path: string): Promise<void> {
  // Written from the bundle given, once valid (the schema transforms nothing; the canonical form
  // keeps only the fields it knows): the validator's copy is not held while writing.
  if (!valid.has(bundle)) validateBundle(bundle, path);
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTemps(path);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // Chunk by chunk: the serialised bundle is never one string in memory (see serializedChunks).
    const file = await open(tmp, 'w');
    try {
      for (const chunk of serializedChunks(bundle)) await file.write(chunk, null, 'utf8');
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Reads and validates a bundle file. */
export async function readBundle(path: string): Promise<GraphBundle> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new SeedError(SeedErrorCode.FILE_MISSING, path, `cannot read bundle (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    // never one string: a bundle of a large corpus is longer than V8's longest string
    data = parseJsonObject(bytes);
  } catch (e) {
    throw new SeedError(SeedErrorCode.BUNDLE_INVALID, path, `not valid JSON (${(e as Error).message})`);
  }
  return validateBundle(data, path);
}
