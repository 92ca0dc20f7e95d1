import { z } from 'zod';

/** One instrument of the catalogue (`graph-seed/catalogues/instruments.yaml`). */
export const instrumentEntrySchema = z.object({
  /** Slug without prefix: `cedaw` → node `inst:cedaw`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  shortName: z.string().optional(),
  kind: z.string(),
  year: z.number().int().optional(),
  aliases: z.array(z.string()).default([]),
  patterns: z.array(z.string()).default([]),
  /** Parent instrument slug (SUPPLEMENTS). */
  supplements: z.string().optional(),
  /** Actor slug of the author body, if any (a body named as author is mentioned). */
  author: z.string().optional(),
});
export type InstrumentEntry = z.infer<typeof instrumentEntrySchema>;
export const instrumentCatalogueSchema = z.object({ instruments: z.array(instrumentEntrySchema) });
