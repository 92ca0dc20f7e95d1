import type { Core } from 'cytoscape';
import { type Dispatch, lazy, Suspense, useMemo, useRef, useState } from 'react';
import { describeFailure } from '../api/client';
import { DOCUMENTS } from '../api/queries';
import type { GraphEdge } from '../api/types';
import { useQuery } from '../api/useQuery';
import { type ColourContext, colourLegend } from '../graph/colouring';
import type { CanvasControls } from '../graph/canvasControls';
import { composeView, type MoreNode } from '../graph/compose';
import { toElements } from '../graph/elements';
import { LAYOUT_TITLES, LAYOUTS, type LayoutName } from '../graph/layoutNames';
import { overviewOf, type Overview } from '../graph/overview';
import { useNeighbourhoods } from '../graph/useNeighbourhoods';
import { useWholeLayout } from '../graph/useWholeLayout';
import { canDraw2D, canUseWebGL } from '../graph/canvasSupport';
import { OverviewCanvas } from '../graph/OverviewCanvas';
import { WHOLE_KEY, type WorkspaceAction } from '../graph/workspace';
import { ReadingList } from '../reading/ReadingList';
import { isReadable } from '../reading/readable';
import type { AppAction } from '../state/appState';
import { COLOURINGS, type Colouring, type ViewState, decodeView } from '../state/viewState';
import { DetailsPanel } from './DetailsPanel';
import { ExportMenu } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';
import { OutlineView } from './OutlineView';
import { SearchBox } from './SearchBox';
import { WorkspaceMenu } from './WorkspaceMenu';

interface Props {
  state: ViewState;
  dispatch: Dispatch<AppAction>;
  canUndo: boolean;
  canRedo: boolean;
  /** Put the focus in the search box on arrival (a search result chosen on the Start page). */
  focusSearch?: boolean;
}

const COLOUR_TITLES: Record<Colouring, string> = {
  kind: 'Kind of node',
  document: 'Document',
  community: 'Community (Louvain)',
};

/**
 * From this size on the whole graph is drawn with WebGL where the browser has it; below it one 2D
 * canvas is faster, most of all where WebGL is emulated in software (each frame read back to be
 * composited: README "Benchmarks", the web figures).
 */
const WEBGL_FROM_NODES = 5000;

// Each canvas library is loaded when a view first draws with it: the whole graph's overview needs
// neither cytoscape nor sigma, and a page that evaluates them all at start is busy that much longer.
const loadCytoscape = () => import('../graph/CytoscapeGraph');
const CytoscapeGraph = lazy(() => loadCytoscape().then((m) => ({ default: m.CytoscapeGraph })));
const SigmaGraph = lazy(() => import('../graph/SigmaGraph').then((m) => ({ default: m.SigmaGraph })));

const NO_DOCUMENTS: { id: string; name: string }[] = [];
const NO_OVERVIEW: Overview = { nodes: [], edges: [] };

/** The canvas with its toolbar, filters drawer, legend, details panel, reading list and table twin. */
export function GraphView({ state, dispatch, canUndo, canRedo, focusSearch }: Props) {
  const { fetched, pending, failure } = useNeighbourhoods(state.workspace);
  const documents = useQuery(DOCUMENTS);
  const [cy, setCy] = useState<Core | null>(null);
  const [overviewControls, setOverviewControls] = useState<CanvasControls | null>(null);
  const [fit, setFit] = useState(0);
  const [drawn, setDrawn] = useState(0);
  const canvasRef = useRef<HTMLDivElement>(null);
  const wholeMode = state.workspace.whole && state.workspace.focus.length === 0;
  const wholeGraph = wholeMode ? fetched.get(WHOLE_KEY) : undefined;
  // The whole graph is drawn as an overview (its own canvas) wherever a canvas can be drawn on;
  // cytoscape draws it, headless, where none can (jsdom), so the table and details still work.
  const overviewMode = wholeMode && canDraw2D();
  const webgl = overviewMode && (wholeGraph?.nodes.length ?? 0) >= WEBGL_FROM_NODES && canUseWebGL();
  const Overview = webgl ? SigmaGraph : OverviewCanvas;
  const whole = useWholeLayout(wholeMode);
  const view = useMemo(
    () => composeView(state.workspace, fetched, state.filters),
    [state.workspace, fetched, state.filters],
  );
  const docList = documents.status === 'ok' ? documents.data.documents : NO_DOCUMENTS;
  // The community map comes with the layout; only the community colouring needs it.
  const community = state.colour === 'community' ? whole.layout?.community : undefined;
  const colours: ColourContext = useMemo(
    () => ({ colouring: state.colour, documents: docList, community }),
    [state.colour, docList, community],
  );
  const elements = useMemo(
    () => (overviewMode ? [] : toElements(view, state.selected, state.workspace.pinned, [], colours)),
    [overviewMode, view, state.selected, state.workspace.pinned, colours],
  );
  const positions = whole.layout?.positions;
  const overview = useMemo(
    () =>
      overviewMode && positions && wholeGraph
        ? overviewOf(view, positions, colours, state.selected)
        : NO_OVERVIEW,
    [overviewMode, positions, wholeGraph, view, colours, state.selected],
  );
  const zoomBy = (factor: number) => {
    if (overviewMode) overviewControls?.zoomBy(factor);
    else cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const act = (action: WorkspaceAction) => dispatch({ kind: 'workspace', action });
  const select = (id: string | null) => {
    dispatch({ kind: 'select', id });
    if (id && isReadable(id)) dispatch({ kind: 'patch', patch: { reading: id } });
  };
  const moreById = new Map<string, MoreNode>(view.more.map((m) => [m.id, m]));
  const edgeById = new Map<string, GraphEdge>(view.edges.map((e) => [e.id, e]));
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const omitted = [...fetched.values()].reduce((n, sub) => n + (sub.truncated ? sub.omitted : 0), 0);
  const selectedEdge = state.selected ? edgeById.get(state.selected) : undefined;
  const selectedName = state.selected
    ? (names.get(state.selected) ??
      (selectedEdge
        ? `link ${names.get(selectedEdge.source)} → ${names.get(selectedEdge.target)}`
        : state.selected))
    : null;
  const ownCommunity =
    state.selected && whole.layout ? whole.layout.community.get(state.selected) : undefined;
  const members =
    ownCommunity === undefined || !whole.layout
      ? []
      : [...whole.layout.community].filter(([, c]) => c === ownCommunity).map(([id]) => id);
  const title = state.reading
    ? `Obligation Atlas: ${names.get(state.reading) ?? state.reading}`
    : state.workspace.whole
      ? 'Obligation Atlas: the whole graph'
      : 'Obligation Atlas: graph view';
  // Waiting for the server's positions counts as loading: nothing is drawn before them.
  const waiting = Boolean(wholeGraph) && !whole.layout;
  const ariaLabel = `Graph canvas with ${view.nodes.length} nodes and ${view.edges.length} edges; the table below lists the same graph`;

  return (
    <div className="graph-view">
      <div className="toolbar" role="toolbar" aria-label="Canvas tools">
        <SearchBox
          autoFocus={focusSearch}
          onPick={(id) => {
            act({ kind: 'open', id });
            select(id);
          }}
        />
        <label>
          Layout{' '}
          <select
            value={state.layout}
            onChange={(e) => dispatch({ kind: 'patch', patch: { layout: e.target.value as LayoutName } })}
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_TITLES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour by{' '}
          <select
            value={state.colour}
            onChange={(e) => dispatch({ kind: 'patch', patch: { colour: e.target.value as Colouring } })}
          >
            {COLOURINGS.map((c) => (
              <option key={c} value={c}>
                {COLOUR_TITLES[c]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => dispatch({ kind: 'undo' })}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={() => dispatch({ kind: 'redo' })}>
          Redo
        </button>
        <button
          type="button"
          aria-pressed={state.workspace.whole && state.workspace.focus.length === 0}
          onClick={() =>
            act({ kind: 'whole', on: !(state.workspace.whole && state.workspace.focus.length === 0) })
          }
          title="Every node and relationship of the graph, laid out by communities (use the filters to thin it)"
        >
          Whole graph
        </button>
        <button
          type="button"
          disabled={view.nodes.length === 0 && !state.workspace.whole}
          onClick={() => {
            act({ kind: 'clear' });
            dispatch({ kind: 'patch', patch: { reading: null } });
          }}
        >
          Clear canvas
        </button>
        <button type="button" onClick={() => setFit((n) => n + 1)}>
          Fit
        </button>
        <button type="button" onClick={() => zoomBy(1.25)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.25)}>
          Zoom out
        </button>
        <details className="drawer filters-drawer">
          <summary>
            Filters
            {state.filters.hiddenLabels.length +
              state.filters.documents.length +
              state.filters.forces.length +
              (state.filters.minDegree > 0 ? 1 : 0) >
            0
              ? ' (on)'
              : ''}
          </summary>
          <div className="drawer-body">
            {documents.status === 'ok' ? (
              <FilterPanel
                filters={state.filters}
                documents={documents.data.documents}
                onChange={(filters) => dispatch({ kind: 'patch', patch: { filters } })}
              />
            ) : (
              <p className="state loading">Loading documents…</p>
            )}
          </div>
        </details>
        <WorkspaceMenu onOpen={(search) => dispatch({ kind: 'load', state: decodeView(search) })} />
        <ExportMenu
          cy={overviewMode ? null : cy}
          picture={overviewMode ? overviewControls?.picture : null}
          view={view}
          title={title}
          colourLegend={colourLegend(colours, view.nodes)}
        />
      </div>
      {failure && (
        <div role="alert" className="state error">
          {describeFailure(failure)}
        </div>
      )}
      {whole.error && (
        <div role="alert" className="state error">
          The whole-graph layout failed: {whole.error}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {selectedName ? `Selected: ${selectedName}` : 'Nothing selected'}
      </p>
      <div className="graph-body">
        <div className="canvas-wrap" ref={canvasRef}>
          {view.nodes.length === 0 && (
            <p className="state empty canvas-empty">
              {pending > 0
                ? 'Loading the graph…'
                : 'Nothing to draw: search above, or open a document or concept from the Start page.'}
            </p>
          )}
          {waiting && view.nodes.length > 0 && (
            <p className="state loading canvas-empty">Laying out the whole graph…</p>
          )}
          <Suspense fallback={<p className="state loading canvas-empty">Loading the canvas…</p>}>
            {overviewMode ? (
              <Overview
                key={webgl ? 'webgl' : '2d'}
                overview={overview}
                fitRequest={fit}
                ariaLabel={ariaLabel}
                onReady={setOverviewControls}
                onDrawn={setDrawn}
                onTapNode={select}
                onDoubleTapNode={(id) => act({ kind: 'expand', id, type: null })}
                onTapBackground={() => select(null)}
              />
            ) : (
              <CytoscapeGraph
                // A new canvas when the mode changes: the whole graph's arrives with its positions.
                key={wholeMode ? 'whole' : 'neighbourhoods'}
                elements={waiting ? [] : elements}
                layout={state.layout}
                positions={wholeGraph ? (whole.layout?.positions ?? null) : null}
                pinned={state.workspace.pinned}
                fitRequest={fit}
                ariaLabel={ariaLabel}
                onReady={setCy}
                onLayoutDone={(count) => setDrawn(count)}
                onTapNode={(id) => {
                  const more = moreById.get(id);
                  if (more) act({ kind: 'more', id: more.parent, type: more.type });
                  else select(id);
                }}
                onTapEdge={(id) => (edgeById.has(id) ? select(id) : undefined)}
                onDoubleTapNode={(id) =>
                  moreById.has(id) ? undefined : act({ kind: 'expand', id, type: null })
                }
                onTapBackground={() => select(null)}
              />
            )}
          </Suspense>
          <output className="canvas-status" data-drawn={drawn} data-pending={pending + (waiting ? 1 : 0)}>
            {view.nodes.length} nodes · {view.edges.length} edges
            {view.more.length > 0 &&
              ` · ${view.more.reduce((n, m) => n + m.hidden, 0)} more behind “+N more”`}
            {pending > 0 && ' · loading…'}
            {omitted > 0 && ` · ${omitted} elements beyond the server's neighbourhood limit`}
          </output>
          <Legend colours={colourLegend(colours, view.nodes)} crowded={view.nodes.length > 300} />
        </div>
        <aside className="side details" aria-label="Details">
          {state.selected === null ? (
            <p className="state empty">
              Select a node or an edge to see its properties, source text and evidence.
            </p>
          ) : (
            <>
              {members.length > 1 && (
                <p className="community">
                  In community {(ownCommunity ?? 0) + 1} of {whole.layout?.communities} ({members.length}{' '}
                  nodes).{' '}
                  <button type="button" onClick={() => act({ kind: 'cluster', ids: members })}>
                    Open this community as a workspace
                  </button>
                </p>
              )}
              <DetailsPanel
                id={state.selected}
                edge={selectedEdge}
                names={names}
                pinned={state.workspace.pinned.includes(state.selected)}
                act={act}
                loading={pending > 0}
                onRead={(id) => dispatch({ kind: 'patch', patch: { reading: id } })}
              />
            </>
          )}
        </aside>
      </div>
      {state.reading && (
        <ReadingList
          key={state.reading}
          id={state.reading}
          selected={state.selected}
          filters={state.filters}
          onFilters={(filters) => dispatch({ kind: 'patch', patch: { filters } })}
          onPick={(id) => {
            act({ kind: 'show', id });
            dispatch({ kind: 'select', id });
            canvasRef.current?.scrollIntoView?.({ block: 'nearest' });
          }}
          onClose={() => dispatch({ kind: 'patch', patch: { reading: null } })}
        />
      )}
      <section className="outline-wrap" aria-label="Graph as a table">
        <h2>Table view</h2>
        <OutlineView view={view} selected={state.selected} onSelect={select} />
      </section>
    </div>
  );
}
