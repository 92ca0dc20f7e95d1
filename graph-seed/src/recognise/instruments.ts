import type { InstrumentEntry } from '../catalogue';
import type { DiscoveredEntity, Mention } from '../types';
import { findIloCitations } from './ilo';
import { oncePerCatalogue } from './once';
import { Prefilter } from './prefilter';
import { compileMatcher, dropNested, findHits, type Hit, type Matcher, sortHits } from './phrases';
import {
  type DocumentDefaults,
  definedTerms,
  type LeadInContext,
  type NamedHit,
  resolveReferences,
  soleInstruments,
} from './references';
import { findSymbolCitations } from './symbols';

/**
 * Which instruments a provision CITES (ONTOLOGY.md, "Citations"): named by title or short name
 * (catalogue), by number or symbol (new nodes where no catalogue holds them), or as "the
 * Convention" / "the Protocol (thereto)" resolved from context. An instrument named inside
 * another's full title is cited too, so overlapping titles are all kept.
 */

export interface InstrumentRecogniser {
  entries: Map<string, InstrumentEntry>;
  matchers: Matcher[];
  /**
   * What `named` found in each text, for the life of this recogniser (one stage run): the
   * document's defined terms and its citations read the same texts.
   */
  named: Map<string, Named>;
}

const compiled = oncePerCatalogue((entries: readonly InstrumentEntry[]) => {
  const filter = new Prefilter(false);
  return {
    entries: new Map(entries.map((e) => [`inst:${e.id}`, e])),
    matchers: entries.map((e) =>
      compileMatcher(`inst:${e.id}`, [e.name, ...e.aliases], e.patterns, 'catalogue', filter),
    ),
  };
});

export function instrumentRecogniser(entries: readonly InstrumentEntry[]): InstrumentRecogniser {
  return { ...compiled(entries), named: new Map() };
}

export interface InstrumentFindings {
  mentions: Mention[];
  /** Instruments found by pattern that no catalogue holds. */
  discovered: DiscoveredEntity[];
}

/** The protocol that supplements `parentId`: from the catalogue, or an ILO Convention's Protocol. */
function childOf(r: InstrumentRecogniser, parentId: string): string | undefined {
  const slug = parentId.replace(/^inst:/, '');
  for (const e of r.entries.values()) if (e.supplements === slug) return `inst:${e.id}`;
  const ilo = /^ilo-c(\d+)$/.exec(slug);
  return ilo ? `inst:ilo-p${ilo[1]}` : undefined;
}

interface Named {
  readonly hits: readonly NamedHit[];
  readonly discovered: readonly DiscoveredEntity[];
}

/** Instruments named by title, number or symbol (no context needed). */
function named(r: InstrumentRecogniser, text: string): Named {
  let found = r.named.get(text);
  if (!found) {
    found = findNamed(r, text);
    r.named.set(text, found);
  }
  return found;
}

function findNamed(r: InstrumentRecogniser, text: string): Named {
  const discovered: DiscoveredEntity[] = [];
  const hits: NamedHit[] = findHits(text, r.matchers).map((h) => ({
    ...h,
    name: r.entries.get(h.target)?.name ?? '',
  }));
  for (const s of [...findSymbolCitations(text), ...findIloCitations(text)]) {
    const entry = r.entries.get(s.target);
    if (!entry) discovered.push(s.entity);
    hits.push({ ...s, name: entry?.name ?? String(s.entity.properties.name ?? '') });
  }
  return { hits, discovered };
}

/** Spans of instrument titles named in the text (where category words are not actors). */
export function instrumentTitles(
  r: InstrumentRecogniser,
  text: string,
): Array<{ start: number; end: number }> {
  return findHits(text, r.matchers).map(({ start, end }) => ({ start, end }));
}

/** Defined terms of a whole document ("… (the Convention)"), given its provision texts. */
export function documentDefaults(
  r: InstrumentRecogniser,
  texts: readonly string[],
  issuerTreaty?: string,
  self?: string,
): DocumentDefaults {
  const out: DocumentDefaults = {};
  const all: NamedHit[] = [];
  for (const t of texts) {
    const { hits } = named(r, t);
    all.push(...hits);
    const d = definedTerms(t, hits);
    out.convention ??= d.convention;
    out.protocol ??= d.protocol;
    out.covenant ??= d.covenant;
  }
  if (issuerTreaty) out.convention ??= `inst:${issuerTreaty}`;
  out.sole = soleInstruments(all.filter((h) => h.target !== self));
  return out;
}

/** A provision's citations with the instruments' names, as the context of the provisions it leads into. */
export function leadInContext(r: InstrumentRecogniser, found: InstrumentFindings): LeadInContext {
  const names = new Map(found.discovered.map((d) => [d.id, String(d.properties.name ?? '')]));
  return found.mentions.map((m) => ({
    target: m.target,
    name: r.entries.get(m.target)?.name ?? names.get(m.target) ?? '',
  }));
}

/**
 * The instruments one provision cites. `self` is the document's own instrument: its own
 * self-references ("this general recommendation", "the present report") are not citations.
 */
export function recogniseInstruments(
  r: InstrumentRecogniser,
  text: string,
  defaults: DocumentDefaults,
  self?: string,
  leadIns: readonly LeadInContext[] = [],
): InstrumentFindings {
  const { hits, discovered } = named(r, text);
  const resolved = resolveReferences(text, hits, defaults, (p) => childOf(r, p), leadIns);
  const all: Hit[] = sortHits([...hits, ...resolved]).filter((h) => h.target !== self);
  // The same instrument found twice over one span (alias and pattern) is one mention.
  const mentions = dropNested(all, (o, i) => o.target === i.target).filter(
    (h, k, xs) => k === 0 || !(xs[k - 1]?.target === h.target && xs[k - 1]?.start === h.start),
  );
  const seen = new Set<string>();
  const fresh = discovered.filter((d) => d.id !== self && !seen.has(d.id) && seen.add(d.id));
  return {
    mentions: mentions.map(({ target, start, end, surface, method }) => ({
      target,
      start,
      end,
      surface,
      method,
    })),
    discovered: fresh,
  };
}
