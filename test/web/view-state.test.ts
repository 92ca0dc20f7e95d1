import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, FORCES, LABELS, RELATIONSHIP_TYPES } from '../../web/src/api/types';
import { LAYOUTS } from '../../web/src/graph/layoutNames';
import {
  COLOURINGS,
  INITIAL_VIEW,
  VIEWS,
  type ViewState,
  decodeView,
  encodeView,
} from '../../web/src/state/viewState';

const id = fc.stringMatching(/^[a-z]{1,6}:[a-z0-9()\-:.]{1,12}$/);
const optionalId = fc.option(id, { nil: null });
const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  selected: optionalId,
  workspace: fc.record({
    whole: fc.boolean(),
    expansions: fc.array(
      fc.record({
        id,
        type: fc.option(fc.constantFrom(...RELATIONSHIP_TYPES), { nil: null }),
        cap: fc.nat(200),
      }),
      { maxLength: 5 },
    ),
    removed: fc.array(id, { maxLength: 3 }),
    pinned: fc.array(id, { maxLength: 3 }),
    focus: fc.array(id, { maxLength: 3 }),
  }),
  layout: fc.constantFrom(...LAYOUTS),
  filters: fc.record({
    hiddenLabels: fc.uniqueArray(fc.constantFrom(...LABELS)),
    documents: fc.array(id, { maxLength: 3 }),
    forces: fc.uniqueArray(fc.constantFrom(...FORCES)),
    minDegree: fc.nat(20),
  }),
  colour: fc.constantFrom(...COLOURINGS),
  reading: optionalId,
  chain: fc.record({
    instrument: optionalId,
    obligation: optionalId,
    actor: optionalId,
    rootCause: optionalId,
  }),
  overlap: fc.record({
    dimension: fc.constantFrom(...DIMENSIONS),
    docs: fc.option(fc.uniqueArray(id, { maxLength: 4 }), { nil: null }),
    a: optionalId,
    b: optionalId,
  }),
});

describe('the view in the URL', () => {
  it('any view survives a round trip through the query string', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(decodeView(encodeView(state))).toEqual(state);
      }),
    );
  });

  it('the start view encodes to an empty query string', () => {
    expect(encodeView(INITIAL_VIEW)).toBe('');
  });

  it('malformed parts of a link fall back to defaults instead of failing', () => {
    const state = decodeView(
      '?view=nope&layout=spiral&x=broken&x=inst:a~NOT_A_TYPE~3&x=inst:b~CITES~4&hide=Actor,Bogus',
    );
    expect(state.view).toBe('start');
    expect(state.layout).toBe('fcose');
    expect(state.workspace.expansions).toEqual([{ id: 'inst:b', type: 'CITES', cap: 4 }]);
    expect(state.filters.hiddenLabels).toEqual(['Actor']);
  });
});
