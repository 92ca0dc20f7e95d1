import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SeedError, SeedErrorCode } from '../errors';
import { serializedChunks } from './canonical';
import { type GraphBundle, graphBundleSchema } from './schema';

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
  return parsed.data;
}

/**
 * Validates, then writes the bundle to a temporary file beside the target and renames it into
 * place: a failed or killed run never leaves a broken or half-written bundle, and the previous
 * bundle stays untouched until the new one is complete.
 */
export async function writeBundle(bundle: GraphBundle, path: string): Promise<void> {
  // Written from the bundle given, once valid (the schema transforms nothing; the canonical form
  // keeps only the fields it knows): the validator's copy is not held while writing.
  validateBundle(bundle, path);
  await mkdir(dirname(path), { recursive: true });
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new SeedError(SeedErrorCode.FILE_MISSING, path, `cannot read bundle (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SeedError(SeedErrorCode.BUNDLE_INVALID, path, `not valid JSON (${(e as Error).message})`);
  }
  return validateBundle(data, path);
}
