import { useMemo, useState } from 'react';
import { CHAIN_CHOICES, CHAINS } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { type Band, ChainSankey } from '../chains/ChainSankey';
import { ChainTable } from '../chains/ChainTable';
import { chainFlow } from '../chains/flow';
import { chainRows } from '../chains/rows';
import type { ChainQuery } from '../state/viewState';
import { Await, Empty } from '../ui/States';
import type { Chain } from './chains';

interface Choice {
  id: string;
  name: string;
  shortName?: string | null;
}

const FIELDS = [
  ['instrument', 'instruments', 'Instrument'],
  ['obligation', 'obligations', 'Obligation'],
  ['actor', 'actors', 'Actor'],
  ['rootCause', 'rootCauses', 'Root cause'],
] as const;

/** The API's page limit for chains: every chain of the largest instrument fits. */
const LIMIT = 1000;

const title = (c: Choice) => c.shortName ?? c.name;

/** Pick any ends of the chain; see the chains as a flow and their recommendations as a table. */
export function ChainTracer({
  query,
  onChange,
  onOpen,
}: {
  query: ChainQuery;
  onChange: (q: ChainQuery) => void;
  onOpen: (id: string) => void;
}) {
  const choices = useQuery(CHAIN_CHOICES);
  const asked = Object.values(query).some(Boolean);
  const chains = useQuery(CHAINS, { ...query, first: LIMIT }, !asked);

  return (
    <div className="chains">
      <h2>Obligation chain tracer</h2>
      <p className="muted">
        Instrument → article → obligation → document → actor: where a duty comes from, which recommendations
        implement it and whom they address. The root cause is a filter.
      </p>
      <Await state={choices} what="the choices">
        {(data) => (
          <form className="chain-form" onSubmit={(e) => e.preventDefault()}>
            {FIELDS.map(([field, list, label]) => (
              <label key={field}>
                {label}{' '}
                <select
                  value={query[field] ?? ''}
                  onChange={(e) => onChange({ ...query, [field]: e.target.value || null })}
                >
                  <option value="">any</option>
                  {[...data[list]]
                    .sort((a, b) => title(a).localeCompare(title(b)))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {title(c)}
                        {field === 'instrument' &&
                        c.id.startsWith('inst:') &&
                        data.documents?.some((d) => d.id === `doc:${c.id.slice(5)}`)
                          ? ' (also a document of the corpus)'
                          : ''}
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
          {(data) => <ChainResults chains={data.obligationChains} onOpen={onOpen} />}
        </Await>
      )}
    </div>
  );
}

function ChainResults({ chains, onOpen }: { chains: Chain[]; onOpen: (id: string) => void }) {
  const flow = useMemo(() => chainFlow(chains), [chains]);
  const rows = useMemo(() => chainRows(chains), [chains]);
  const [band, setBand] = useState<Band | null>(null);
  if (chains.length === 0) return <Empty>No chain links these choices.</Empty>;
  const shown = band ? rows.filter((r) => band.rows.has(r.key)) : rows;
  return (
    <>
      <p>
        {chains.length === LIMIT ? `The first ${LIMIT}` : chains.length} chain{chains.length === 1 ? '' : 's'}{' '}
        through {new Set(chains.map((c) => c.recommendation.id)).size} recommendations. Hover a band for its
        count; choose one to list its recommendations.
      </p>
      <ChainSankey flow={flow} chosen={band} onChoose={setBand} />
      {band && (
        <p className="band-chosen" role="status">
          Showing the {band.recommendations.size} recommendations of the band {band.title}.{' '}
          <button type="button" onClick={() => setBand(null)}>
            Show all
          </button>
        </p>
      )}
      <ChainTable key={band?.title ?? 'all'} rows={shown} onOpen={onOpen} />
    </>
  );
}
