import type { DiscoveredEntity } from '../types';
import type { SymbolHit } from './symbols';

/**
 * ILO instruments by number (ONTOLOGY.md: `ilo-c<N>`, `ilo-p<N>`, `ilo-r<N>`):
 * "Forced Labour Convention, 1930 (No. 29)", "Forced Labour Conventions (No. 29) 1930 and
 * (No. 105) 1957", "Convention No. 29", "Convention C189", "Protocol (P029)",
 * "Recommendation (R203)", "Recommendation 201". A bare "(No. N)" is an ILO number only after
 * the word Convention, Protocol or Recommendation in the same clause: the kind of instrument is
 * read from that word. Hand-written: no library knows the ILO's citation forms.
 */

type Kind = 'c' | 'p' | 'r';
const KIND_NAME: Record<Kind, string> = { c: 'Convention', p: 'Protocol', r: 'Recommendation' };

function ilo(kind: Kind, n: string, year?: string): DiscoveredEntity {
  const num = String(Number(n));
  const props: DiscoveredEntity['properties'] = {
    name: `ILO ${KIND_NAME[kind]} No. ${num}`,
    kind: `ilo-${KIND_NAME[kind].toLowerCase()}`,
    symbol: `${kind.toUpperCase()}${num}`,
  };
  if (year) props.year = Number(year);
  return { id: `inst:ilo-${kind}${num}`, label: 'Instrument', properties: props };
}

const hit = (start: number, surface: string, entity: DiscoveredEntity): SymbolHit => ({
  target: entity.id,
  start,
  end: start + surface.length,
  surface,
  method: 'pattern',
  entity,
});

const kindOf = (word: string): Kind => (word.startsWith('P') ? 'p' : word.startsWith('R') ? 'r' : 'c');

// "(No. 29)" with the year printed just before (", 1930 (No. 29)") or after ("(No. 29) 1930")
const NUMBERED = /(?:,?\s(\d{4}),?\s)?\(No\.\s?(\d{1,3})\)(?:,?\s(\d{4})\b)?/g;
// "Convention No. 29", "Conventions Nos. 29 and 105", "ILO Convention 189"
const AFTER_WORD =
  /(?<![Gg]eneral\s)\b(Convention|Protocol|Recommendation)s?\s+(?:Nos?\.\s?)(\d{1,3}(?:(?:,\s*|,?\s+and\s+)\d{1,3})*)\b|\bILO\s+(Convention|Protocol|Recommendation)s?\s+(\d{1,3})\b/g;
// "Convention C189", "Protocol (P029)", "Recommendation (R203)"
const CODED = /(?<![Gg]eneral\s)\b(?:Convention|Protocol|Recommendation)s?\s+\(?([CPR])0*(\d{2,3})\)?/g;
// "Recommendation 201" (an ILO recommendation; a general recommendation has "No.")
const BARE_RECOMMENDATION = /(?<![Gg]eneral\s)\bRecommendation\s+(\d{2,3})\b/g;

/** The nearest "Convention", "Protocol" or "Recommendation" before `at`, in the same clause. */
function governingWord(text: string, at: number): string | undefined {
  const clause =
    text
      .slice(Math.max(0, at - 160), at)
      .split(/[;:]|\.\s+(?=[A-Z])/)
      .pop() ?? '';
  const words = [...clause.matchAll(/\b(Convention|Protocol|Recommendation)s?\b/g)];
  return words.at(-1)?.[1];
}

/** Every ILO instrument the text cites by number, in text order. */
export function findIloCitations(text: string): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = (m.index ?? 0) + m[0].indexOf('(');
    const word = governingWord(text, start);
    if (!word || !m[2]) continue;
    out.push(hit(start, `(No. ${m[2]})`, ilo(kindOf(word), m[2], m[1] ?? m[3])));
  }
  for (const m of text.matchAll(AFTER_WORD)) {
    const word = m[1] ?? m[3] ?? 'Convention';
    for (const n of (m[2] ?? m[4] ?? '').matchAll(/\d+/g)) {
      out.push(hit(m.index ?? 0, m[0], ilo(kindOf(word), n[0])));
    }
  }
  for (const m of text.matchAll(CODED)) {
    if (m[1] && m[2]) out.push(hit(m.index ?? 0, m[0], ilo(m[1].toLowerCase() as Kind, m[2])));
  }
  for (const m of text.matchAll(BARE_RECOMMENDATION)) {
    if (m[1]) out.push(hit(m.index ?? 0, m[0], ilo('r', m[1])));
  }
  return out.sort((a, b) => a.start - b.start);
}
