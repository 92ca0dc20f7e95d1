import type { Core } from 'cytoscape';
import { type Dispatch, useMemo, useState } from 'react';
import { describeFailure } from '../api/client';
import { DOCUMENTS } from '../api/queries';
import type { GraphEdge } from '../api/types';
import { useQuery } from '../api/useQuery';
import { composeView, type MoreNode } from '../graph/compose';
import { CytoscapeGraph } from '../graph/CytoscapeGraph';
import { toElements } from '../graph/elements';
import { LAYOUT_TITLES, LAYOUTS, type LayoutName } from '../graph/layouts';
import { useNeighbourhoods } from '../graph/useNeighbourhoods';
import type { WorkspaceAction } from '../graph/workspace';
import type { AppAction } from '../state/appState';
import type { ViewState } from '../state/viewState';
import { DetailsPanel } from './DetailsPanel';
import { ExportMenu } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';
import { OutlineView } from './OutlineView';
import { SearchBox } from './SearchBox';

interface Props {
  state: ViewState;
  dispatch: Dispatch<AppAction>;
  canUndo: boolean;
  canRedo: boolean;
}

/** The canvas with its toolbar, filters, legend, details panel and table twin. */
export function GraphView({ state, dispatch, canUndo, canRedo }: Props) {
  const { fetched, pending, failure } = useNeighbourhoods(state.workspace);
  const documents = useQuery<{ documents: { id: string; name: string }[] }>(DOCUMENTS);
  const [cy, setCy] = useState<Core | null>(null);
  const [fit, setFit] = useState(0);
  const [drawn, setDrawn] = useState(0);
  const view = useMemo(
    () => composeView(state.workspace, fetched, state.filters),
    [state.workspace, fetched, state.filters],
  );
  const elements = useMemo(
    () => toElements(view, state.selected, state.workspace.pinned),
    [view, state.selected, state.workspace.pinned],
  );
  const act = (action: WorkspaceAction) => dispatch({ kind: 'workspace', action });
  const select = (id: string | null) => dispatch({ kind: 'select', id });
  const moreById = new Map<string, MoreNode>(view.more.map((m) => [m.id, m]));
  const edgeById = new Map<string, GraphEdge>(view.edges.map((e) => [e.id, e]));
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const omitted = [...fetched.values()].reduce((n, sub) => n + (sub.truncated ? sub.omitted : 0), 0);
  const selectedEdge = state.selected ? edgeById.get(state.selected) : undefined;

  return (
    <div className="graph-view">
      <div className="toolbar" role="toolbar" aria-label="Canvas tools">
        <SearchBox
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
          aria-pressed={state.workspace.whole}
          onClick={() => act({ kind: 'whole', on: !state.workspace.whole })}
          title="Every node and relationship of the graph, uncapped (use the filters to thin it)"
        >
          Whole graph
        </button>
        <button type="button" onClick={() => setFit((n) => n + 1)}>
          Fit
        </button>
        <button
          type="button"
          onClick={() =>
            cy?.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
          }
        >
          Zoom in
        </button>
        <button
          type="button"
          onClick={() =>
            cy?.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
          }
        >
          Zoom out
        </button>
        <ExportMenu cy={cy} view={view} />
      </div>
      {failure && (
        <div role="alert" className="state error">
          {describeFailure(failure)}
        </div>
      )}
      <div className="graph-body">
        <details className="side filters-side" open>
          <summary>Filters</summary>
          {documents.status === 'ok' ? (
            <FilterPanel
              filters={state.filters}
              documents={documents.data.documents}
              onChange={(filters) => dispatch({ kind: 'patch', patch: { filters } })}
            />
          ) : (
            <p className="state loading">Loading documents…</p>
          )}
        </details>
        <div className="canvas-wrap">
          {view.nodes.length === 0 && (
            <p className="state empty canvas-empty">
              {pending > 0
                ? 'Loading the graph…'
                : 'Nothing to draw: search above, or open a document or concept from the Start page.'}
            </p>
          )}
          <CytoscapeGraph
            key={state.workspace.whole ? 'whole' : 'neighbourhoods'}
            webgl={state.workspace.whole}
            elements={elements}
            layout={state.layout}
            pinned={state.workspace.pinned}
            fitRequest={fit}
            ariaLabel={`Graph canvas with ${view.nodes.length} nodes and ${view.edges.length} edges; the table below lists the same graph`}
            onReady={setCy}
            onLayoutDone={(count) => setDrawn(count)}
            onTapNode={(id) => {
              const more = moreById.get(id);
              if (more) act({ kind: 'more', id: more.parent, type: more.type });
              else select(id);
            }}
            onTapEdge={(id) => (edgeById.has(id) ? select(id) : undefined)}
            onDoubleTapNode={(id) => (moreById.has(id) ? undefined : act({ kind: 'expand', id, type: null }))}
            onTapBackground={() => select(null)}
          />
          <output className="canvas-status" data-drawn={drawn} data-pending={pending}>
            {view.nodes.length} nodes · {view.edges.length} edges
            {view.more.length > 0 &&
              ` · ${view.more.reduce((n, m) => n + m.hidden, 0)} more behind “+N more”`}
            {pending > 0 && ' · loading…'}
            {omitted > 0 && ` · ${omitted} elements beyond the server's neighbourhood limit`}
          </output>
          <Legend />
        </div>
        <aside className="side details" aria-label="Details">
          {state.selected === null ? (
            <p className="state empty">
              Select a node or an edge to see its properties, source text and evidence.
            </p>
          ) : (
            <DetailsPanel
              id={state.selected}
              edge={selectedEdge}
              names={names}
              pinned={state.workspace.pinned.includes(state.selected)}
              act={act}
              loading={pending > 0}
            />
          )}
        </aside>
      </div>
      <section className="outline-wrap" aria-label="Graph as a table">
        <h2>Table view</h2>
        <OutlineView view={view} selected={state.selected} onSelect={select} />
      </section>
    </div>
  );
}
