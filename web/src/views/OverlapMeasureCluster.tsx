import { MEASURE_CLUSTER } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { Await, Empty } from '../ui/States';
import { AskText, type Doc } from './OverlapCellDetail';
import { side } from './overlap';

/** One measure across all documents: every recommendation calling for it, by document, its words marked. */
export function MeasureCluster({
  measure,
  documents,
  onOpen,
}: {
  measure: string;
  documents: readonly Doc[];
  onOpen: (id: string) => void;
}) {
  const cluster = useQuery(MEASURE_CLUSTER, { id: measure });
  return (
    <Await state={cluster} what="the measure's recommendations">
      {({ node }) => {
        if (!node || !('name' in node)) return <Empty>No such measure.</Empty>;
        const byDocument = documents
          .map((d) => ({ d, recs: node.recommendations.filter((r) => r.node.documentId === d.id) }))
          .filter((g) => g.recs.length > 0);
        return (
          <section className="measure-cluster" aria-label={`Recommendations calling for ${node.name}`}>
            <h4>
              {node.name} <span className="muted">{node.broad ? '(a theme)' : ''}</span>
            </h4>
            <p className="muted">{node.description}</p>
            {byDocument.length === 0 && <Empty>No recommendation calls for it.</Empty>}
            {byDocument.map(({ d, recs }) => (
              <div key={d.id}>
                <h5 title={d.name}>
                  {d.symbol} ({recs.length})
                </h5>
                <ul className="cluster-recs">
                  {recs.map((r) => (
                    <li key={r.node.id}>
                      <button type="button" className="link" onClick={() => onOpen(r.node.id)}>
                        para. {r.node.ref}
                      </button>{' '}
                      <span className="muted">{r.node.force.replaceAll('-', ' ')}</span>
                      <AskText side={side(r.node)} spans={r.spans} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      }}
    </Await>
  );
}
