import { z } from 'zod';

/** One actor of the catalogue (`graph-seed/catalogues/actors.yaml`). */
export const actorEntrySchema = z.object({
  /** Slug without prefix: `states` → node `actor:states`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: z.string(),
  /** Literal phrases: whole words, first letter of either case, the rest case-sensitive. */
  aliases: z.array(z.string()).default([]),
  /** Regular expressions (case-sensitive) that name the actor. */
  patterns: z.array(z.string()).default([]),
  /**
   * A category of actors (States, business, media …) rather than a named body: not mentioned by
   * a word inside an instrument's title ("Private Employment Agencies Convention").
   */
  generic: z.boolean().default(false),
  /** For a treaty body: the instrument slug it oversees ("the Convention" in its own documents). */
  treaty: z.string().optional(),
});
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export const actorCatalogueSchema = z.object({ actors: z.array(actorEntrySchema) });
