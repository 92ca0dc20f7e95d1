import { z } from 'zod';
import { SeedError, SeedErrorCode } from '../errors';
import type { DocumentMeta } from '../types';

const documentEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+\.(txt|pdf)$/i, 'a .txt or .pdf file name in the corpus folder'),
  symbol: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(['general-recommendation', 'resolution', 'report', 'fact-sheet']),
  issuer: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  structure: z.string().optional(),
});

const manifestSchema = z.object({ documents: z.array(documentEntrySchema).min(1) });

/** Parses and checks `manifest.json`: every field present, ids and files unique. */
export function parseManifest(json: string, file: string): DocumentMeta[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SeedError(SeedErrorCode.MANIFEST_INVALID, file, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new SeedError(SeedErrorCode.MANIFEST_INVALID, file, `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Map<string, string>();
  for (const d of parsed.data.documents) {
    for (const key of [`id ${d.id}`, `file ${d.file}`]) {
      if (seen.has(key)) {
        throw new SeedError(SeedErrorCode.DUPLICATE_ID, file, `duplicate ${key} in the manifest`);
      }
      seen.set(key, d.id);
    }
  }
  return parsed.data.documents;
}
