import { z } from 'zod';

/** One actor of the catalogue (`graph-seed/catalogues/actors.yaml`). */
export const actorEntrySchema = z.object({
  /** Slug without prefix: `states` → node `actor:states`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: z.string(),
  aliases: z.array(z.string()).default([]),
  /** Regular expressions (case-insensitive unless stated) that name the actor. */
  patterns: z.array(z.string()).default([]),
});
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export const actorCatalogueSchema = z.object({ actors: z.array(actorEntrySchema) });
