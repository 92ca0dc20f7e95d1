import { NODE_DETAILS } from '../api/queries';
import type { Answered } from '../api/client';
import type { NodeDetailsQuery } from '../api/generated/graphql';
import type { GraphEdge } from '../api/types';
import { useQuery } from '../api/useQuery';
import { LABEL_STYLE } from '../graph/palette';
import { typeTitle } from '../graph/relations';
import type { WorkspaceAction } from '../graph/workspace';
import { isReadable } from '../reading/readable';
import { edgeSpans } from '../reading/edgeSpans';
import { Await } from '../ui/States';
import { EvidenceList, SourceText } from './EvidenceList';
import { NodeActions } from './NodeActions';

type NodeDetails = NonNullable<Answered<NodeDetailsQuery>['node']>;

/** A provision's or a recommendation's verbatim text, with where it stands and its chapeau. */
function quoteOf(node: NodeDetails) {
  if (!('text' in node) || !('document' in node)) return null;
  const provision = 'provision' in node ? node.provision : null;
  return {
    symbol: node.document.symbol,
    reference: node.ref,
    text: node.text,
    section: 'section' in node ? node.section : (provision?.section ?? ''),
    leadIn: ('parent' in node ? node.parent?.text : provision?.parent?.text) || null,
  };
}

const HIDDEN_FIELDS = new Set(['id', 'name', 'labels', 'document', 'provision', 'text']);

function Properties({ node }: { node: NodeDetails }) {
  const rows = Object.entries(node).filter(
    ([key, value]) => !HIDDEN_FIELDS.has(key) && value !== null && value !== '',
  );
  return (
    <dl className="properties">
      <dt>id</dt>
      <dd>
        <code>{node.id}</code>
      </dd>
      {rows.map(([key, value]) => (
        <div key={key} className="property">
          <dt>{key}</dt>
          <dd>{Array.isArray(value) ? value.join(', ') : String(value).replaceAll('_', ' ')}</dd>
        </div>
      ))}
    </dl>
  );
}

export function NodeDetailsPanel({
  id,
  pinned,
  act,
  onRead,
}: {
  id: string;
  pinned: boolean;
  act: (a: WorkspaceAction) => void;
  onRead?: (id: string) => void;
}) {
  const details = useQuery(NODE_DETAILS, { id });
  return (
    <Await state={details} what="the details">
      {({ node }) => {
        if (!node) return <p className="state empty">No node with id {id}.</p>;
        const label = node.labels[0] ?? 'Document';
        const source = quoteOf(node);
        const quote = source ? <SourceText {...source} /> : null;
        return (
          <>
            <h2>
              <span className="swatch" style={{ background: LABEL_STYLE[label].colour }} aria-hidden="true" />{' '}
              {node.name}
            </h2>
            <p className="muted">{LABEL_STYLE[label].legend}</p>
            {quote && (
              <section aria-label="Source text">
                <h3>Source text</h3>
                {quote}
              </section>
            )}
            {onRead && isReadable(node.id) && (
              <button type="button" className="read" onClick={() => onRead(node.id)}>
                Read its recommendations and provisions
              </button>
            )}
            <Properties node={node} />
            <NodeActions id={node.id} label={label} pinned={pinned} act={act} />
          </>
        );
      }}
    </Await>
  );
}

export function EdgeDetailsPanel({ edge, names }: { edge: GraphEdge; names: ReadonlyMap<string, string> }) {
  const spans = edgeSpans(edge);
  return (
    <>
      <h2>{typeTitle(edge.type)}</h2>
      <p>
        {names.get(edge.source) ?? edge.source} → {names.get(edge.target) ?? edge.target}
      </p>
      <dl className="properties">
        <dt>method</dt>
        <dd>{edge.method ?? 'structure'}</dd>
        {edge.article && (
          <>
            <dt>article</dt>
            <dd>{edge.article}</dd>
          </>
        )}
        {edge.score !== null && (
          <>
            <dt>similarity</dt>
            <dd>{edge.score.toFixed(2)}</dd>
          </>
        )}
      </dl>
      <section aria-label="Evidence">
        <h3>Evidence</h3>
        <EvidenceList ids={edge.evidence} spans={spans} />
      </section>
    </>
  );
}

/** Edge or node details for the current selection. */
export function DetailsPanel({
  id,
  edge,
  names,
  pinned,
  act,
  loading,
  onRead,
}: {
  id: string;
  onRead?: (id: string) => void;
  edge: GraphEdge | undefined;
  /** Neighbourhoods still loading: a linked edge may not have arrived yet. */
  loading: boolean;
  names: ReadonlyMap<string, string>;
  pinned: boolean;
  act: (a: WorkspaceAction) => void;
}) {
  if (edge) return <EdgeDetailsPanel edge={edge} names={names} />;
  // Edge ids are `<TYPE>:<source>-><target>`; node ids never contain `->`.
  if (id.includes('->'))
    return loading ? (
      <p className="state loading">Loading the link…</p>
    ) : (
      <p className="state empty">This link is not on the canvas any more.</p>
    );
  return <NodeDetailsPanel key={id} id={id} pinned={pinned} act={act} onRead={onRead} />;
}
