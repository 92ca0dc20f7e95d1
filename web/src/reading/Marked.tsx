import { markParts } from './spans';

/** A verbatim text with the words a link rests on marked (`<mark>`); plain when there are none. */
export function Marked({ text, ranges }: { text: string; ranges?: readonly (readonly [number, number])[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {markParts(text, ranges).map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
