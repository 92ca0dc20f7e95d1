import type { GraphNode } from '../api/types';
import type { Colouring } from '../state/viewState';
import { documentOf } from './filters';
import { LABEL_STYLE } from './palette';

/**
 * Colours for documents and communities: Okabe–Ito first (safe for common colour-vision deficiencies),
 * then Paul Tol's muted set; shapes still tell the kinds apart.
 */
export const CATEGORY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#332288',
  '#117733',
  '#882255',
  '#44AA99',
  '#999933',
] as const;

/** Nodes no document or community claims (catalogue concepts when colouring by document). */
export const NEUTRAL = '#bdbdbd';

export interface LegendEntry {
  colour: string;
  title: string;
}

export interface ColourContext {
  colouring: Colouring;
  /** Document ids in a fixed order (the API's), each given the colour at its index. */
  documents: readonly { id: string; name: string }[];
  community?: ReadonlyMap<string, number>;
}

export function colourOf(node: GraphNode, ctx: ColourContext): string {
  switch (ctx.colouring) {
    case 'kind':
      return LABEL_STYLE[node.label].colour;
    case 'document': {
      const doc = documentOf(node);
      const i = doc === null ? -1 : ctx.documents.findIndex((d) => d.id === doc);
      return i < 0 ? NEUTRAL : (CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] ?? NEUTRAL);
    }
    case 'community': {
      const c = ctx.community?.get(node.id);
      return c === undefined ? NEUTRAL : (CATEGORY_COLOURS[c % CATEGORY_COLOURS.length] ?? NEUTRAL);
    }
  }
}

/** The colour legend for the current colouring (kinds are in the shape legend already). */
export function colourLegend(ctx: ColourContext, nodes: readonly GraphNode[]): LegendEntry[] {
  switch (ctx.colouring) {
    case 'kind':
      return [];
    case 'document': {
      const present = new Set(nodes.map(documentOf));
      return [
        ...ctx.documents
          .map((d, i) => ({ d, i }))
          .filter(({ d }) => present.has(d.id))
          .map(({ d, i }) => ({
            colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] ?? NEUTRAL,
            title: d.name,
          })),
        { colour: NEUTRAL, title: 'Not of one document (actors, concepts, instruments)' },
      ];
    }
    case 'community': {
      const sizes = new Map<number, number>();
      for (const n of nodes) {
        const c = ctx.community?.get(n.id);
        if (c !== undefined) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      }
      return [...sizes]
        .sort((a, b) => b[1] - a[1])
        .map(([c, size]) => ({
          colour: CATEGORY_COLOURS[c % CATEGORY_COLOURS.length] ?? NEUTRAL,
          title: `Community ${c + 1} (${size} nodes)`,
        }));
    }
  }
}
