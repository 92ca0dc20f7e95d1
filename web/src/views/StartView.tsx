import type { OverviewQuery } from '../api/generated/graphql';
import { OVERVIEW } from '../api/queries';
import type { Label } from '../api/types';
import { useQuery } from '../api/useQuery';
import { LABEL_STYLE } from '../graph/palette';
import { Await, Empty } from '../ui/States';
import { SearchBox } from './SearchBox';

/** The start page's query result, as generated from the schema. */
type Overview = OverviewQuery;

interface Hub {
  id: string;
  name: string;
  count: number;
}

const top = (hubs: Hub[], n: number): Hub[] =>
  hubs
    .filter((h) => h.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, n);

function HubList({
  title,
  label,
  hubs,
  unit,
  onOpen,
}: {
  title: string;
  label: Label;
  hubs: Hub[];
  unit: string;
  onOpen: (id: string) => void;
}) {
  return (
    <section className="hubs" aria-label={title}>
      <h3>
        <span className="swatch" style={{ background: LABEL_STYLE[label].colour }} aria-hidden="true" />{' '}
        {title}
      </h3>
      {hubs.length === 0 ? (
        <Empty>None linked yet.</Empty>
      ) : (
        <ul>
          {hubs.map((hub) => (
            <li key={hub.id}>
              <button type="button" className="link" onClick={() => onOpen(hub.id)}>
                {hub.name}
              </button>{' '}
              <span className="count" title={unit}>
                {hub.count}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The first screen: what the corpus holds and the concepts it connects, with search. */
export function StartView({ onOpen }: { onOpen: (id: string) => void }) {
  const overview = useQuery<Overview>(OVERVIEW);
  return (
    <div className="start">
      <section className="intro">
        <h2>Trace what States owe, who is asked to act, and where the documents agree</h2>
        <SearchBox onPick={onOpen} />
      </section>
      <Await state={overview} what="the overview">
        {(data) =>
          data.documents.length === 0 ? (
            <Empty>The graph is empty: seed it with `npm run seed` and restart the server.</Empty>
          ) : (
            <>
              <p className="stats">
                {data.stats.nodes} nodes · {data.stats.relationships} relationships ·{' '}
                {data.stats.byLabel.map((b) => `${b.count} ${b.label}`).join(' · ')}
              </p>
              <section aria-label="Documents">
                <h3>Documents</h3>
                <ul className="documents">
                  {data.documents.map((doc) => (
                    <li key={doc.id} className="document-card">
                      <button type="button" className="link" onClick={() => onOpen(doc.id)}>
                        {doc.name}
                      </button>
                      <div className="muted">
                        {doc.symbol} · {doc.kind} · {doc.year}
                      </div>
                      <div>{doc.title}</div>
                      <div className="muted">
                        {doc.provisions.length} provisions · {doc.recommendations.length} recommendations
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
              <div className="hub-columns">
                <HubList
                  title="Instruments"
                  label="Instrument"
                  unit="citing provisions + obligations based on it"
                  onOpen={onOpen}
                  hubs={top(
                    data.instruments.map((i) => ({
                      id: i.id,
                      name: i.shortName ?? i.name,
                      count: i.citedIn.length + i.obligations.length,
                    })),
                    12,
                  )}
                />
                <HubList
                  title="Obligations"
                  label="Obligation"
                  unit="recommendations implementing it"
                  onOpen={onOpen}
                  hubs={top(
                    data.obligations.map((o) => ({
                      id: o.id,
                      name: o.name,
                      count: o.recommendations.length,
                    })),
                    20,
                  )}
                />
                <HubList
                  title="Root causes"
                  label="RootCause"
                  unit="recommendations + provisions"
                  onOpen={onOpen}
                  hubs={top(
                    data.rootCauses.map((r) => ({
                      id: r.id,
                      name: r.name,
                      count: r.recommendations.length + r.mentionedIn.length,
                    })),
                    12,
                  )}
                />
              </div>
            </>
          )
        }
      </Await>
    </div>
  );
}
