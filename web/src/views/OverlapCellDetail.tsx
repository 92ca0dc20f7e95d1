import type { OverlapQuery } from '../api/generated/graphql';
import type { OverlapCell } from './overlap';
import { Await, Empty } from '../ui/States';
import { useSimilarPairs } from './useSimilarPairs';

export type Doc = OverlapQuery['overlap']['documents'][number];

/** One cell of the overlap matrix opened: the shared items, and similar recommendations side by side. */
export function CellDetail({
  a,
  b,
  cell,
  onOpen,
}: {
  a: Doc | undefined;
  b: Doc | undefined;
  cell: OverlapCell | undefined;
  onOpen: (id: string) => void;
}) {
  if (!a || !b) return <Empty>Unknown documents in this link.</Empty>;
  return (
    <section className="cell-detail" aria-label={`Overlap of ${a.name} and ${b.name}`}>
      <h3>
        {a.name} ∩ {b.name}
      </h3>
      <h4>Shared items ({cell?.count ?? 0})</h4>
      {cell && cell.items.length > 0 ? (
        <ul className="chips">
          {cell.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link" onClick={() => onOpen(item.id)}>
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>Nothing shared on this dimension.</Empty>
      )}
      <h4>Similar recommendations, side by side</h4>
      <SimilarTable a={a} b={b} onOpen={onOpen} />
    </section>
  );
}

function SimilarTable({ a, b, onOpen }: { a: Doc; b: Doc; onOpen: (id: string) => void }) {
  const similar = useSimilarPairs(a.id, b.id);
  return (
    <Await state={similar} what="the similar recommendations">
      {(pairs) => {
        if (pairs.length === 0)
          return <Empty>No recommendation of one is linked as similar to one of the other.</Empty>;
        return (
          <table className="side-by-side" aria-label="Similar recommendations">
            <thead>
              <tr>
                <th scope="col">{a.symbol}</th>
                <th scope="col">{b.symbol}</th>
                <th scope="col">Similarity</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.a.id}|${p.b.id}`}>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(p.a.id)}>
                      para. {p.a.ref}
                    </button>
                    <blockquote>{p.a.text}</blockquote>
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(p.b.id)}>
                      para. {p.b.ref}
                    </button>
                    <blockquote>{p.b.text}</blockquote>
                  </td>
                  <td>
                    {p.score.toFixed(2)} <span className="muted">({p.method})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </Await>
  );
}
