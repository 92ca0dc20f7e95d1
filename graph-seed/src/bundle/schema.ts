import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './vocabulary';

export { NODE_LABELS, RELATIONSHIP_TYPES };

// The graph bundle (ONTOLOGY.md, "The bundle"): the whole graph as one JSON document.
// Validated before it is written and when it is read.

const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);

export type NodeLabel = (typeof NODE_LABELS)[number];

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const ID = /^(doc|prov|rec|obl|actor|cause|inst|measure):\S+$/;

export const bundleNodeSchema = z.object({
  id: z.string().regex(ID, 'ids are <prefix>:<slug>'),
  labels: z.array(z.enum(NODE_LABELS)).length(1),
  properties: z
    .record(z.string(), propertyValue)
    .refine((p) => typeof p.name === 'string' && p.name.length > 0, {
      message: 'every node has properties.name',
    }),
});

/** A span ref (ONTOLOGY.md, "Relationships"): `<provision id>@<start>-<end>`, end exclusive. */
const SPAN_REF = /^prov:\S+@\d+-\d+$/;

const isSpanList = (v: PropertyValue | undefined): boolean =>
  v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string' && SPAN_REF.test(s)));

export const bundleRelationshipSchema = z.object({
  type: z.enum(RELATIONSHIP_TYPES),
  start: z.string().regex(ID),
  end: z.string().regex(ID),
  properties: z.record(z.string(), propertyValue).refine((p) => isSpanList(p.spans), {
    message: 'properties.spans is a list of "<provision id>@<start>-<end>"',
  }),
});

export const graphBundleSchema = z
  .object({
    format: z.literal('graph-bundle'),
    version: z.literal(1),
    nodes: z.array(bundleNodeSchema),
    relationships: z.array(bundleRelationshipSchema),
  })
  .superRefine((b, ctx) => {
    const ids = new Set<string>();
    const textLength = new Map<string, number>();
    for (const n of b.nodes) {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', message: `duplicate node id ${n.id}` });
      ids.add(n.id);
      if (typeof n.properties.text === 'string') textLength.set(n.id, n.properties.text.length);
    }
    for (const r of b.relationships) {
      for (const end of [r.start, r.end]) {
        if (!ids.has(end))
          ctx.addIssue({ code: 'custom', message: `${r.type} refers to unknown node ${end}` });
      }
      // Every span lies inside the text of the provision it names.
      for (const ref of (r.properties.spans as string[] | undefined) ?? []) {
        const at = ref.lastIndexOf('@');
        const [start, end] = ref
          .slice(at + 1)
          .split('-')
          .map(Number) as [number, number];
        const length = textLength.get(ref.slice(0, at));
        if (length === undefined || start >= end || end > length)
          ctx.addIssue({
            code: 'custom',
            message: `${r.type} span ${ref} lies outside its provision's text`,
          });
      }
    }
  });

export type BundleNode = z.infer<typeof bundleNodeSchema>;
export type BundleRelationship = z.infer<typeof bundleRelationshipSchema>;
export type GraphBundle = z.infer<typeof graphBundleSchema>;
export type PropertyValue = z.infer<typeof propertyValue>;
