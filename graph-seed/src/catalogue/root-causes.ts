import { z } from 'zod';

/** One root cause of the catalogue (`graph-seed/catalogues/root-causes.yaml`). */
export const rootCauseEntrySchema = z.object({
  /** Slug without prefix: `demand` → node `cause:demand`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  /** Phrases that discuss the driver (regular expressions, case-insensitive). */
  patterns: z.array(z.string()).default([]),
  /** Phrases that look alike but are not the driver ("conflict of laws"). */
  negativePatterns: z.array(z.string()).default([]),
});
export type RootCauseEntry = z.infer<typeof rootCauseEntrySchema>;
export const rootCauseCatalogueSchema = z.object({ rootCauses: z.array(rootCauseEntrySchema) });
