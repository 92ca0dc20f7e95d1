import { z } from 'zod';

/** A frame: a verb of a named class and an object pattern within one ask. */
export const measureFrameSchema = z
  .object({
    verb: z.string(),
    /** Patterns of the object; `@instrument` stands for any instrument the ask names. */
    objects: z.array(z.string()).default([]),
    /**
     * Patterns of the measure's general object, the whole field it covers ("research … on
     * trafficking"): an ask whose frame matches only these asks for the measure in general, and
     * so contains every specific ask of it ("research into the links between migration and
     * trafficking").
     */
    general: z.array(z.string()).default([]),
  })
  .refine((f) => f.objects.length + f.general.length > 0, { message: 'a frame needs an object' });

/** One measure of the catalogue (`graph-seed/catalogues/measures.yaml`). */
export const measureEntrySchema = z.object({
  /** Slug without prefix: `non-punishment` → node `measure:non-punishment`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  group: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  /** A theme rather than one action (see measures.yaml). */
  broad: z.boolean().default(false),
  /**
   * The measure holds several distinct asks (training the same officials on any subject,
   * prosecuting for any form, non-punishment's different scopes): two asks on it are one ask only
   * where their words agree too (clause-match.ts).
   */
  wide: z.boolean().default(false),
  /** Shared only where both asks name a common instrument. */
  sameInstrument: z.boolean().default(false),
  phrases: z.array(z.string()).default([]),
  frames: z.array(measureFrameSchema).default([]),
  negativePatterns: z.array(z.string()).default([]),
  /**
   * Measures this one replaces in an ask that calls for it: a narrower remedy whose ask names the
   * broader principle's scope as a qualifier ("clear the records of crimes committed as a direct
   * consequence of being trafficked" asks to clear records, not for non-punishment).
   */
  supersedes: z.array(z.string()).default([]),
  /**
   * Measures this one's field covers: an ask for the field itself ("address the root causes and
   * risk factors") contains their asks ("economic empowerment").
   */
  covers: z.array(z.string()).default([]),
});
export type MeasureEntry = z.infer<typeof measureEntrySchema>;

export const measureCatalogueSchema = z
  .object({
    verbs: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string()).min(1)),
    /** Asks for a report or information about measures: such an ask calls for none. */
    notAsks: z.array(z.string()).default([]),
    measures: z.array(measureEntrySchema),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.measures.forEach((m, i) => {
      if (ids.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['measures', i, 'id'], message: `duplicate measure ${m.id}` });
      ids.add(m.id);
      if (m.phrases.length === 0 && m.frames.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i],
          message: `${m.id} has no phrase and no frame`,
        });
      m.frames.forEach((f, j) => {
        if (!(f.verb in c.verbs))
          ctx.addIssue({
            code: 'custom',
            path: ['measures', i, 'frames', j, 'verb'],
            message: `unknown verb class ${f.verb}`,
          });
      });
      const patterns = [
        ...m.phrases,
        ...m.negativePatterns,
        ...m.frames.flatMap((f) => [...f.objects.filter((o) => o !== '@instrument'), ...f.general]),
      ];
      for (const p of patterns) {
        try {
          new RegExp(p, 'iu');
        } catch (e) {
          ctx.addIssue({ code: 'custom', path: ['measures', i], message: (e as Error).message });
        }
      }
    });
    c.measures.forEach((m, i) => {
      m.covers.forEach((id, j) => {
        if (!ids.has(id) || id === m.id)
          ctx.addIssue({
            code: 'custom',
            path: ['measures', i, 'covers', j],
            message: `${m.id} covers unknown measure ${id}`,
          });
      });
      m.supersedes.forEach((id, j) => {
        if (!ids.has(id) || id === m.id)
          ctx.addIssue({
            code: 'custom',
            path: ['measures', i, 'supersedes', j],
            message: `${m.id} supersedes unknown measure ${id}`,
          });
      });
    });
    c.notAsks.forEach((p, i) => {
      try {
        new RegExp(p, 'iu');
      } catch (e) {
        ctx.addIssue({ code: 'custom', path: ['notAsks', i], message: (e as Error).message });
      }
    });
    for (const [name, verbs] of Object.entries(c.verbs)) {
      for (const p of verbs) {
        try {
          new RegExp(p, 'iu');
        } catch (e) {
          ctx.addIssue({ code: 'custom', path: ['verbs', name], message: (e as Error).message });
        }
      }
    }
  });
export type MeasureCatalogue = z.infer<typeof measureCatalogueSchema>;
