// The package's own entry point registers the names of every language it knows; the gazetteer
// reads only the English ones, so it takes the library without them and registers English alone.
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { DiscoveredEntity } from '../types';
import type { Hit } from './phrases';

/**
 * The country gazetteer: every English name and alias of ISO 3166 (maintained in
 * `i18n-iso-countries`) → `actor:country-<alpha-3>`. Names are matched case-sensitively as whole
 * words, longest first, so "Papua New Guinea" is one country and not also "Guinea", "Nigeria" is
 * not "Niger", and "Guinea-Bissau" is not "Guinea". Demonyms ("Nigerian") are not countries.
 */

export interface Country {
  alpha3: string;
  /** The short English name, as the node's `name`. */
  name: string;
}

/**
 * United Nations short names the package lacks. Kept because UN documents write them so; every
 * other form comes from the package.
 */
const UN_NAMES: Record<string, string[]> = {
  VN: ['Viet Nam'],
  KP: ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea'],
  TR: ['Turkiye'],
  // UN usage: "the Congo" is the Republic of the Congo (the package gives the alias to both).
  CG: ['Congo'],
};

/** "Korea, Republic of" → "Republic of Korea"; "Holy See (Vatican City State)" → "Holy See". */
function readable(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const inverted = /^(.+), (.+ of)$/.exec(bare);
  return inverted ? `${inverted[2]} ${inverted[1]}` : bare;
}

function buildGazetteer(): { byName: Map<string, Country>; regex: RegExp } {
  countries.registerLocale(english);
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const byName = new Map<string, Country>();
  // Official (first) names before aliases, so "Congo" stays the Republic of the Congo, as in UN use.
  const rounds = [0, 1, 2, 3, 4, 5];
  for (const round of rounds) {
    for (const [alpha2, names] of Object.entries(all)) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      const first = names[0];
      if (!alpha3 || !first || alpha2.startsWith('X')) continue;
      const extra = round === 0 ? (UN_NAMES[alpha2] ?? []) : [];
      const raw = names[round];
      for (const n of [...(raw ? [raw] : []), ...extra]) {
        const name = readable(n);
        // Two-letter abbreviations ("US") are too ambiguous in prose.
        if (name.replace(/\W/g, '').length < 3 || byName.has(name)) continue;
        byName.set(name, { alpha3: alpha3.toLowerCase(), name: readable(first) });
      }
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  // Not part of a longer word or hyphenated name ("Guinea-Bissau").
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
    'gu',
  );
  return { byName, regex };
}

let gazetteer: ReturnType<typeof buildGazetteer> | undefined;
const get = () => {
  gazetteer ??= buildGazetteer();
  return gazetteer;
};

/** The node id of a country: `actor:country-prt`. */
export const countryActorId = (alpha3: string) => `actor:country-${alpha3.toLowerCase()}`;

/** Looks up a name exactly as printed ("Portugal", "Viet Nam"); undefined if not a country. */
export function lookupCountry(name: string): Country | undefined {
  return get().byName.get(name.replace(/’/g, "'")) ?? get().byName.get(name);
}

/** Every country named in the text, with its span. */
export function findCountries(text: string): Array<Hit & { country: Country }> {
  const hits: Array<Hit & { country: Country }> = [];
  for (const m of text.matchAll(get().regex)) {
    const country = lookupCountry(m[0]);
    if (!country) continue;
    const start = m.index ?? 0;
    hits.push({
      target: countryActorId(country.alpha3),
      start,
      end: start + m[0].length,
      surface: m[0],
      method: 'gazetteer',
      country,
    });
  }
  return hits;
}

/** The Actor node a country mention discovers. */
export function countryEntity(country: Country): DiscoveredEntity {
  return {
    id: countryActorId(country.alpha3),
    label: 'Actor',
    properties: { name: country.name, kind: 'country', iso3: country.alpha3.toUpperCase() },
  };
}
