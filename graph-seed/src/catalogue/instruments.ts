import { z } from 'zod';

/** One instrument of the catalogue (`graph-seed/catalogues/instruments.yaml`). */
export const instrumentEntrySchema = z.object({
  /** Slug without prefix: `cedaw` → node `inst:cedaw`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Full title; also matched as a phrase. */
  name: z.string(),
  /** Display label only (not matched: short names that need matching go in `aliases`). */
  shortName: z.string().optional(),
  kind: z.string(),
  year: z.number().int().optional(),
  /** Literal phrases: whole words, first letter of either case, the rest case-sensitive. */
  aliases: z.array(z.string()).default([]),
  /** Regular expressions (case-sensitive) that name the instrument. */
  patterns: z.array(z.string()).default([]),
  /** Parent instrument slug (SUPPLEMENTS). */
  supplements: z.string().optional(),
  /** Actor slug of the author body, if any (a body named as author is mentioned). */
  author: z.string().optional(),
});
export type InstrumentEntry = z.infer<typeof instrumentEntrySchema>;
export const instrumentCatalogueSchema = z.object({ instruments: z.array(instrumentEntrySchema) });
