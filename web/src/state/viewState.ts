import {
  DIMENSIONS,
  FORCES,
  type Force,
  LABELS,
  type Label,
  type OverlapDimension,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../api/types';
import { type Filters, NO_FILTERS } from '../graph/filters';
import { LAYOUTS, type LayoutName } from '../graph/layoutNames';
import { EMPTY_WORKSPACE, type Expansion, type Workspace } from '../graph/workspace';

export const VIEWS = ['start', 'graph', 'chains', 'overlap'] as const;
export type ViewName = (typeof VIEWS)[number];

/** How canvas nodes are coloured: by kind (label), by the document they belong to, or by community. */
export const COLOURINGS = ['kind', 'document', 'community'] as const;
export type Colouring = (typeof COLOURINGS)[number];

export interface ChainQuery {
  instrument: string | null;
  obligation: string | null;
  actor: string | null;
  rootCause: string | null;
}

export interface OverlapQuery {
  dimension: OverlapDimension;
  /** Documents compared, in the order chosen; null: the default selection (overlapSelection). */
  docs: string[] | null;
  a: string | null;
  b: string | null;
}

/** Everything a shared link must reopen. */
export interface ViewState {
  view: ViewName;
  selected: string | null;
  workspace: Workspace;
  layout: LayoutName;
  filters: Filters;
  colour: Colouring;
  /** The concept whose recommendations and provisions are listed beside the canvas. */
  reading: string | null;
  chain: ChainQuery;
  overlap: OverlapQuery;
}

export const INITIAL_VIEW: ViewState = {
  view: 'start',
  selected: null,
  workspace: EMPTY_WORKSPACE,
  layout: 'fcose',
  filters: NO_FILTERS,
  colour: 'kind',
  reading: null,
  chain: { instrument: null, obligation: null, actor: null, rootCause: null },
  overlap: { dimension: 'OBLIGATION', docs: null, a: null, b: null },
};

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;

const listOf = <T extends string>(values: readonly T[], raw: string | null): T[] =>
  (raw ?? '').split(',').filter((x): x is T => (values as readonly string[]).includes(x));

const degreeOf = (raw: string | null): number => {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
};

/** The `view=` of a link when it names no known view (the app says so instead of silently showing Start). */
export function unknownView(search: string): string | null {
  const raw = new URLSearchParams(search).get('view');
  return raw !== null && !(VIEWS as readonly string[]).includes(raw) ? raw : null;
}

// An expansion is `<id>~<TYPE or *>~<cap>`; ids never contain `~` (ONTOLOGY.md slugs).
const encodeExpansion = (e: Expansion): string => `${e.id}~${e.type ?? '*'}~${e.cap}`;

function decodeExpansion(raw: string): Expansion | null {
  const parts = raw.split('~');
  if (parts.length !== 3) return null;
  const [id, type, cap] = parts as [string, string, string];
  const n = Number(cap);
  if (!id || !Number.isInteger(n) || n < 0) return null;
  if (type === '*') return { id, type: null, cap: n };
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) return null;
  return { id, type: type as RelationshipType, cap: n };
}

/** The view as a URL query string (without `?`); defaults are left out to keep links short. */
export function encodeView(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== 'start') p.set('view', state.view);
  if (state.selected) p.set('sel', state.selected);
  if (state.workspace.whole) p.set('all', '1');
  for (const e of state.workspace.expansions) p.append('x', encodeExpansion(e));
  for (const id of state.workspace.removed) p.append('rm', id);
  for (const id of state.workspace.pinned) p.append('pin', id);
  for (const id of state.workspace.focus) p.append('focus', id);
  if (state.layout !== 'fcose') p.set('layout', state.layout);
  if (state.filters.hiddenLabels.length) p.set('hide', state.filters.hiddenLabels.join(','));
  for (const id of state.filters.documents) p.append('doc', id);
  if (state.filters.forces.length) p.set('force', state.filters.forces.join(','));
  if (state.filters.minDegree > 0) p.set('deg', String(state.filters.minDegree));
  if (state.colour !== 'kind') p.set('colour', state.colour);
  if (state.reading) p.set('read', state.reading);
  const { instrument, obligation, actor, rootCause } = state.chain;
  if (instrument) p.set('ci', instrument);
  if (obligation) p.set('co', obligation);
  if (actor) p.set('ca', actor);
  if (rootCause) p.set('cr', rootCause);
  if (state.overlap.dimension !== 'OBLIGATION') p.set('dim', state.overlap.dimension);
  // an empty choice is kept as one empty `od`, so it does not read back as the default selection
  if (state.overlap.docs?.length === 0) p.set('od', '');
  else if (state.overlap.docs) for (const id of state.overlap.docs) p.append('od', id);
  if (state.overlap.a) p.set('oa', state.overlap.a);
  if (state.overlap.b) p.set('ob', state.overlap.b);
  return p.toString();
}

/** Reads a query string back; anything unknown or malformed falls back to the default. */
export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    view: oneOf(VIEWS, p.get('view'), 'start'),
    selected: p.get('sel') || null,
    workspace: {
      whole: p.get('all') === '1',
      expansions: p
        .getAll('x')
        .map(decodeExpansion)
        .filter((e): e is Expansion => e !== null),
      removed: p.getAll('rm').filter(Boolean),
      pinned: p.getAll('pin').filter(Boolean),
      focus: p.getAll('focus').filter(Boolean),
    },
    layout: oneOf(LAYOUTS, p.get('layout'), 'fcose'),
    filters: {
      hiddenLabels: listOf<Label>(LABELS, p.get('hide')),
      documents: p.getAll('doc').filter(Boolean),
      forces: listOf<Force>(FORCES, p.get('force')),
      minDegree: degreeOf(p.get('deg')),
    },
    colour: oneOf(COLOURINGS, p.get('colour'), 'kind'),
    reading: p.get('read') || null,
    chain: {
      instrument: p.get('ci') || null,
      obligation: p.get('co') || null,
      actor: p.get('ca') || null,
      rootCause: p.get('cr') || null,
    },
    overlap: {
      dimension: oneOf(DIMENSIONS, p.get('dim'), 'OBLIGATION'),
      docs: p.has('od') ? p.getAll('od').filter(Boolean) : null,
      a: p.get('oa') || null,
      b: p.get('ob') || null,
    },
  };
}
