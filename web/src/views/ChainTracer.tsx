import { useMemo, useState } from 'react';
import type { ChainChoicesQuery } from '../api/generated/graphql';
import { CHAIN_CHOICES, CHAINS } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { CytoscapeGraph } from '../graph/CytoscapeGraph';
import { toElements } from '../graph/elements';
import type { ChainQuery } from '../state/viewState';
import { Await, Empty } from '../ui/States';
import { type Chain, chainRows, chainsToGraph } from './chains';

interface Choice {
  id: string;
  name: string;
  shortName?: string | null;
}
/** The ChainChoices query's lists, each read as choices. */
type Choices = { [K in keyof ChainChoicesQuery]: Choice[] };

const FIELDS = [
  ['instrument', 'instruments', 'Instrument'],
  ['obligation', 'obligations', 'Obligation'],
  ['actor', 'actors', 'Actor'],
  ['rootCause', 'rootCauses', 'Root cause'],
] as const;

const LIMIT = 300;

/** Pick any ends of the chain; see the chains as a layered graph and as a table. */
export function ChainTracer({
  query,
  onChange,
  onOpen,
}: {
  query: ChainQuery;
  onChange: (q: ChainQuery) => void;
  onOpen: (id: string) => void;
}) {
  const choices = useQuery<Choices>(CHAIN_CHOICES);
  const asked = Object.values(query).some(Boolean);
  const chains = useQuery<{ obligationChains: Chain[] }>(CHAINS, { ...query, first: LIMIT }, !asked);
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <div className="chains">
      <h2>Obligation chain tracer</h2>
      <p className="muted">
        Instrument ← arises from − obligation ← implements − recommendation − addressed to → actor (−
        addresses → root cause)
      </p>
      <Await state={choices} what="the choices">
        {(data) => (
          <form className="chain-form" onSubmit={(e) => e.preventDefault()}>
            {FIELDS.map(([field, list, title]) => (
              <label key={field}>
                {title}{' '}
                <select
                  value={query[field] ?? ''}
                  onChange={(e) => onChange({ ...query, [field]: e.target.value || null })}
                >
                  <option value="">any</option>
                  {data[list].map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.shortName ?? c.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </form>
        )}
      </Await>
      {!asked ? (
        <Empty>Pick an instrument, obligation, actor or root cause to trace its chains.</Empty>
      ) : (
        <Await state={chains} what="the chains">
          {(data) => (
            <ChainResults
              chains={data.obligationChains}
              selected={selected}
              onSelect={setSelected}
              onOpen={onOpen}
            />
          )}
        </Await>
      )}
    </div>
  );
}

function ChainResults({
  chains,
  selected,
  onSelect,
  onOpen,
}: {
  chains: Chain[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}) {
  const graph = useMemo(() => chainsToGraph(chains), [chains]);
  const elements = useMemo(
    () => toElements(graph, selected, [], ['ARISES_FROM', 'IMPLEMENTS']),
    [graph, selected],
  );
  const rows = useMemo(() => chainRows(chains), [chains]);
  if (chains.length === 0) return <Empty>No chain links these choices.</Empty>;
  return (
    <>
      <p>
        {chains.length === LIMIT ? `The first ${LIMIT}` : chains.length} chain{chains.length === 1 ? '' : 's'}{' '}
        through {graph.nodes.length} nodes.
      </p>
      <div className="chain-canvas">
        <CytoscapeGraph
          elements={elements}
          layout="dagre"
          direction="TB"
          pinned={[]}
          ariaLabel={`Layered graph of ${chains.length} obligation chains; the table below lists them`}
          onTapNode={onSelect}
          onTapBackground={() => onSelect(null)}
        />
      </div>
      <table className="chain-table" aria-label="Obligation chains">
        <thead>
          <tr>
            <th scope="col">Instrument</th>
            <th scope="col">Article</th>
            <th scope="col">Obligation</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Force</th>
            <th scope="col">Actor</th>
            <th scope="col">Root cause</th>
            <th scope="col">Source ref</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.recommendationId === selected ? 'selected' : undefined}>
              <td>{row.instrument}</td>
              <td>{row.article}</td>
              <td>{row.obligation}</td>
              <td>
                <button type="button" className="link" onClick={() => onOpen(row.recommendationId)}>
                  {row.recommendation}
                </button>
              </td>
              <td>{row.force}</td>
              <td>{row.actor}</td>
              <td>{row.rootCause}</td>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
