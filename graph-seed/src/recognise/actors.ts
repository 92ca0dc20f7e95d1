import type { ActorEntry } from '../catalogue';
import type { DiscoveredEntity, Mention } from '../types';
import { countryEntity, findCountries } from './countries';
import { oncePerCatalogue } from './once';
import { Prefilter } from './prefilter';
import { compileMatcher, dropNested, findHits, type Hit, type Matcher, sortHits } from './phrases';
import { SpanIndex } from './span-index';

/**
 * Which actors a provision MENTIONS (ONTOLOGY.md, "Addressee", "States", "Finer points"):
 * catalogue names, aliases and patterns; countries from the ISO gazetteer; and "the Committee"
 * read as the treaty body that issued the document. A category of actors (`generic` in the
 * catalogue: States, business, media …) is not mentioned by a word inside an instrument's title
 * ("Private Employment Agencies Convention"), while a named body is: a body named as an
 * instrument's author is mentioned ("Security Council resolution 1325", "UNICEF Guidelines").
 */

export interface ActorRecogniser {
  matchers: Matcher[];
  generic: Set<string>;
}

export const actorRecogniser = oncePerCatalogue((entries: readonly ActorEntry[]): ActorRecogniser => {
  const filter = new Prefilter(false);
  return {
    matchers: entries.map((e) => compileMatcher(`actor:${e.id}`, e.aliases, e.patterns, 'catalogue', filter)),
    generic: new Set(entries.filter((e) => e.generic).map((e) => `actor:${e.id}`)),
  };
});

/** What the document tells about its own voice. */
export interface ActorContext {
  /** The treaty body that issued the document (`actor:cedaw-committee`): "the Committee" is it. */
  issuerCommittee?: string;
  /** Spans of instrument titles in the text, where category words are not actors. */
  titles?: ReadonlyArray<{ start: number; end: number }>;
}

export interface ActorFindings {
  mentions: Mention[];
  /** Countries (no catalogue holds them) as new Actor nodes. */
  discovered: DiscoveredEntity[];
}

// "the Committee", "The Committee’s view", "input to the Committee on the situation of …" — not a
// committee named by its title ("the Committee on the Rights of the Child", "Committee against Torture").
const THE_COMMITTEE =
  /\b[Tt]he Committee(?:['’]s)?(?![\p{L}-]|\s+(?:(?:on|against|of|for)\s+(?:the\s+)?\p{Lu}|(?:that|which|who)\b))/gu;

export function recogniseActors(r: ActorRecogniser, text: string, ctx: ActorContext = {}): ActorFindings {
  const catalogue = findHits(text, r.matchers);
  const countries = findCountries(text);
  const committee: Hit[] = [];
  if (ctx.issuerCommittee) {
    for (const m of text.matchAll(THE_COMMITTEE)) {
      const start = m.index ?? 0;
      committee.push({
        target: ctx.issuerCommittee,
        start,
        end: start + m[0].length,
        surface: m[0],
        method: 'context',
      });
    }
  }
  const isGeneric = (h: Hit) => r.generic.has(h.target);
  let hits: Hit[] = sortHits([...catalogue, ...countries, ...committee]);
  // A category word inside a longer name is part of that name: "States" in "United States" or
  // "League of Arab States", "companies" in "technology companies".
  hits = dropNested(hits, (_outer, inner) => isGeneric(inner));
  const titles = new SpanIndex(ctx.titles ?? []);
  hits = hits.filter((h) => !(isGeneric(h) && titles.contains(h)));
  // A shorter name inside a longer one of the same actor is one mention.
  hits = dropNested(hits, (outer, inner) => outer.target === inner.target);
  const kept = new Set(hits);
  const discovered = new Map<string, DiscoveredEntity>();
  for (const c of countries) if (kept.has(c)) discovered.set(c.target, countryEntity(c.country));
  return {
    mentions: hits.map(({ target, start, end, surface, method }) => ({
      target,
      start,
      end,
      surface,
      method,
    })),
    discovered: [...discovered.values()],
  };
}
