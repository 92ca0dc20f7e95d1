import { meaningFields } from './meaning';
import { z } from 'zod';

/** One root cause of the catalogue (`graph-seed/catalogues/root-causes.yaml`). */
export const rootCauseEntrySchema = z.object({
  /** Slug without prefix: `demand` → node `cause:demand`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  ...meaningFields,
  /**
   * Phrases that name a driver only in passing — a group of people, a place, an offence, a service —
   * and count only in a sentence that presents them as a source of vulnerability or risk (`riskCues`).
   */
  riskPatterns: z.array(z.string()).default([]),
});
export type RootCauseEntry = z.infer<typeof rootCauseEntrySchema>;
export const rootCauseCatalogueSchema = z.object({
  /** Words by which a sentence presents something as a source of vulnerability or risk. */
  riskCues: z.array(z.string()).default([]),
  rootCauses: z.array(rootCauseEntrySchema),
});
