import type { OverlapQuery } from '../api/generated/graphql';
import { Await, Empty } from '../ui/States';
import {
  DIRECTION_TEXT,
  groupByMeasure,
  highlight,
  type OverlapCell,
  type PairSide,
  type SimilarPair,
} from './overlap';
import { useSimilarPairs } from './useSimilarPairs';

export type Doc = NonNullable<OverlapQuery['overlap']>['documents'][number];

/** One cell of the overlap matrix opened: the shared items, and the overlapping asks side by side. */
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
      <h4>Overlapping recommendations, by shared measure</h4>
      <SimilarByMeasure a={a} b={b} onOpen={onOpen} />
    </section>
  );
}

/** The text of one side with the matched ask marked, after its chapeau where the ask starts there. */
export function AskText({ side, spans }: { side: PairSide; spans: readonly string[] }) {
  return (
    <blockquote>
      {side.lead && highlight(side.lead.text, side.lead.id, spans).some((p) => p.marked) && (
        <span className="lead-in">
          <Marked pieces={highlight(side.lead.text, side.lead.id, spans)} /> …{' '}
        </span>
      )}
      <Marked pieces={highlight(side.text, side.provisionId, spans)} />
    </blockquote>
  );
}

function Marked({ pieces }: { pieces: ReturnType<typeof highlight> }) {
  return (
    <>
      {pieces.map((p, i) =>
        // pieces of one text in order: the index is their identity
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of text pieces
        p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

function Side({ side, spans, onOpen }: { side: PairSide; spans: string[]; onOpen: (id: string) => void }) {
  return (
    <td>
      <button type="button" className="link" onClick={() => onOpen(side.id)}>
        para. {side.ref}
      </button>{' '}
      <span className="muted">
        {side.force.replaceAll('-', ' ')}
        {side.addressees.length > 0 ? ` · ${side.addressees.join(', ')}` : ''}
      </span>
      <AskText side={side} spans={spans} />
    </td>
  );
}

function SimilarByMeasure({ a, b, onOpen }: { a: Doc; b: Doc; onOpen: (id: string) => void }) {
  const similar = useSimilarPairs(a.id, b.id);
  return (
    <Await state={similar} what="the overlapping recommendations">
      {(pairs) => {
        if (pairs.length === 0)
          return <Empty>No recommendation of one shares an ask with one of the other.</Empty>;
        return groupByMeasure(pairs).map((g) => (
          <details key={g.measure?.id ?? 'none'} className="measure-group" open>
            <summary>
              {g.measure ? (
                <button type="button" className="link" onClick={() => onOpen(g.measure?.id ?? '')}>
                  {g.measure.name}
                </button>
              ) : (
                'Shared wording, no catalogued measure'
              )}{' '}
              <span className="muted">({g.pairs.length})</span>
            </summary>
            <table
              className="side-by-side"
              aria-label={`Overlapping recommendations: ${g.measure?.name ?? 'wording'}`}
            >
              <thead>
                <tr>
                  <th scope="col">{a.symbol}</th>
                  <th scope="col">{b.symbol}</th>
                  <th scope="col">Overlap</th>
                </tr>
              </thead>
              <tbody>
                {g.pairs.map((p: SimilarPair) => (
                  <tr key={`${p.a.id}|${p.b.id}`}>
                    <Side side={p.a} spans={p.spans} onOpen={onOpen} />
                    <Side side={p.b} spans={p.spans} onOpen={onOpen} />
                    <td>
                      {p.score.toFixed(2)}
                      <br />
                      <span className="muted">{DIRECTION_TEXT[p.direction]}</span>
                      {p.measures.length > 1 && (
                        <>
                          <br />
                          <span className="muted">
                            also:{' '}
                            {p.measures
                              .filter((m) => m.id !== g.measure?.id)
                              .map((m) => m.name)
                              .join('; ')}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ));
      }}
    </Await>
  );
}
