import { meaningFields } from './meaning';
import { z } from 'zod';

/** One obligation of the catalogue (`graph-seed/catalogues/obligations.yaml`). */
export const obligationEntrySchema = z.object({
  /** Slug without prefix: `criminalize` → node `obl:criminalize`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  /** Legal basis: ARISES_FROM instrument slug with article. */
  legalBasis: z.array(z.object({ instrument: z.string(), article: z.string().optional() })).default([]),
  /** Duty-bearers (BINDS), actor slugs. */
  binds: z.array(z.string()).default(['states']),
  ...meaningFields,
});
export type ObligationEntry = z.infer<typeof obligationEntrySchema>;
export const obligationCatalogueSchema = z.object({ obligations: z.array(obligationEntrySchema) });
