import { EVIDENCE } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { Marked } from '../reading/Marked';
import type { SpanIndex } from '../reading/spans';
import { Await, Empty } from '../ui/States';

/** The verbatim paragraphs behind a link, each with its document symbol and paragraph ref. */
export function EvidenceList({ ids, spans }: { ids: string[]; spans?: SpanIndex }) {
  const evidence = useQuery(EVIDENCE, { ids }, ids.length === 0);
  if (ids.length === 0) return <Empty>No evidence paragraph recorded for this link.</Empty>;
  return (
    <Await state={evidence} what="the evidence">
      {(data) => (
        <ol className="evidence">
          {data.nodes.map((p, i) =>
            p && 'text' in p && 'section' in p ? (
              <li key={p.id}>
                <SourceText
                  symbol={p.document.symbol}
                  reference={p.ref}
                  text={p.text}
                  section={p.section}
                  leadIn={p.parent?.text ?? null}
                  ranges={spans?.get(p.id)}
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
  leadIn = null,
  ranges,
}: {
  symbol: string;
  reference: string;
  text: string;
  section: string;
  /** The chapeau of a sub-item, shown before it so the item reads as a sentence. */
  leadIn?: string | null;
  /** Words to mark (the spans a link rests on). */
  ranges?: readonly (readonly [number, number])[];
}) {
  return (
    <figure className="source-text">
      {leadIn && <p className="lead-in">{leadIn}</p>}
      <blockquote>
        <Marked text={text} ranges={ranges} />
      </blockquote>
      <figcaption>
        <cite>
          {symbol}, para. {reference}
        </cite>
        {section && <span className="muted"> — {section}</span>}
      </figcaption>
    </figure>
  );
}
