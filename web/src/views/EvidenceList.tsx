import { EVIDENCE } from '../api/queries';
import type { ProvisionText } from '../api/types';
import { useQuery } from '../api/useQuery';
import { Await, Empty } from '../ui/States';

/** The verbatim paragraphs behind a link, each with its document symbol and paragraph ref. */
export function EvidenceList({ ids }: { ids: string[] }) {
  const evidence = useQuery<{ nodes: (Partial<ProvisionText> | null)[] }>(
    EVIDENCE,
    { ids },
    ids.length === 0,
  );
  if (ids.length === 0) return <Empty>No evidence paragraph recorded for this link.</Empty>;
  return (
    <Await state={evidence} what="the evidence">
      {(data) => (
        <ol className="evidence">
          {data.nodes.map((p, i) =>
            p?.text && p.document ? (
              <li key={p.id}>
                <SourceText
                  symbol={p.document.symbol}
                  reference={p.ref ?? ''}
                  text={p.text}
                  section={p.section ?? ''}
                />
              </li>
            ) : (
              <li key={ids[i]}>Unknown provision {ids[i]}</li>
            ),
          )}
        </ol>
      )}
    </Await>
  );
}

export function SourceText({
  symbol,
  reference,
  text,
  section,
}: {
  symbol: string;
  reference: string;
  text: string;
  section: string;
}) {
  return (
    <figure className="source-text">
      <blockquote>{text}</blockquote>
      <figcaption>
        <cite>
          {symbol}, para. {reference}
        </cite>
        {section && <span className="muted"> — {section}</span>}
      </figcaption>
    </figure>
  );
}
