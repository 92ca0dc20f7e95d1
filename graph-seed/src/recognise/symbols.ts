import type { DiscoveredEntity } from '../types';
import type { Hit } from './phrases';

/**
 * Instruments cited by number or UN document symbol (ONTOLOGY.md, "Citations"):
 * "resolution 69/149" → `inst:ga-res-69-149`, "Security Council resolution 1325 (2000)" →
 * `inst:sc-res-1325`, "Human Rights Council resolution 17/1" → `inst:hrc-res-17-1`,
 * "resolution 2015/23" → `inst:ecosoc-res-2015-23`, "resolutions on … (26/14)" → `inst:hrc-res-26-14`
 * where the Human Rights Council is the body named, "A/HRC/17/35" → `inst:report-a-hrc-17-35`,
 * "general recommendation No. 35" → `inst:cedaw-gr35`, "general comment No. 6 of the Committee
 * on the Rights of the Child" → `inst:crc-gc6`. Hand-written: UN symbols follow a published
 * scheme (ST/LIB/SER.B/5) no maintained library parses.
 */

export interface SymbolHit extends Hit {
  entity: DiscoveredEntity;
}

/** Lower case, every run of other characters a single hyphen (`A/HRC/17/35` → `a-hrc-17-35`). */
export const symbolSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const instrument = (slug: string, props: DiscoveredEntity['properties']): DiscoveredEntity => ({
  id: `inst:${slug}`,
  label: 'Instrument',
  properties: props,
});

const hit = (start: number, surface: string, entity: DiscoveredEntity): SymbolHit => ({
  target: entity.id,
  start,
  end: start + surface.length,
  surface,
  method: 'pattern',
  entity,
});

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const roman = (r: string) =>
  [...r].reduce((sum, c, i) => {
    const v = ROMAN[c] ?? 0;
    return sum + (v < (ROMAN[r[i + 1] ?? ''] ?? 0) ? -v : v);
  }, 0);

// --- Resolutions -------------------------------------------------------------------------

type Body = 'ga' | 'sc' | 'hrc' | 'ecosoc' | 'other';
const BODIES: Array<[RegExp, Body]> = [
  [/General Assembly/g, 'ga'],
  [/Security Council/g, 'sc'],
  [/Human Rights Council/g, 'hrc'],
  [/Economic and Social Council/g, 'ecosoc'],
  // bodies without an id scheme of their own: their resolutions are not guessed
  [
    /Commission on [A-Z][a-z]+|Conference of the Parties|CTOC\/COP|World Health Assembly|Assembly of/g,
    'other',
  ],
];

/**
 * Who adopted "resolution N/M": the body named last before it in the provision ("The Human
 * Rights Council … Apart from the resolution on the mandate … (resolution 26/8)"); the General
 * Assembly where none is named, as in UN documents' own usage.
 */
function adoptingBody(text: string, at: number): Body | undefined {
  const before = text.slice(0, at);
  let best: { pos: number; body: Body } | undefined;
  for (const [re, body] of BODIES) {
    for (const m of before.matchAll(re))
      if (!best || (m.index ?? 0) >= best.pos) best = { pos: m.index ?? 0, body };
  }
  return best?.body;
}

const BODY_NAME: Record<Exclude<Body, 'other'>, string> = {
  ga: 'General Assembly',
  sc: 'Security Council',
  hrc: 'Human Rights Council',
  ecosoc: 'Economic and Social Council',
};

function resolution(body: Exclude<Body, 'other'>, a: string, b: string | undefined): DiscoveredEntity {
  const slug = body === 'sc' ? `sc-res-${a}` : `${body}-res-${a}-${b}`;
  const label = body === 'sc' ? a : `${a}/${b}`;
  const props: DiscoveredEntity['properties'] = {
    name: `${BODY_NAME[body]} resolution ${label}`,
    kind: 'resolution',
  };
  if (body === 'sc' && b) props.year = Number(b);
  if (body === 'ecosoc') props.year = Number(a);
  if (body === 'ga') props.symbol = `A/RES/${a}/${b}`;
  if (body === 'hrc') props.symbol = `A/HRC/RES/${a}/${b}`;
  if (body === 'sc') props.symbol = `S/RES/${a}${b ? ` (${b})` : ''}`;
  return instrument(slug, props);
}

// "resolution(s) 70/179", "resolutions 70/179 and 70/130", "resolution 1325 (2000)", "resolution 2200 A (XXI)",
// "resolutions 61/144 of 19 December 2006 and 63/156 of 18 December 2008" (each with its date)
const DATED = String.raw`(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?`;
const RESOLUTION = new RegExp(
  String.raw`\b[Rr]esolutions?\s+((?:\d{1,4}\/\d{1,3}|\d{3,4}\s*\(\d{4}\)|\d{3,4}\s?[A-Z]?\s?\([XVIL]+\))${DATED}(?:(?:,\s*|,?\s+and\s+)(?:\d{1,4}\/\d{1,3}|\d{3,4}\s*\(\d{4}\))${DATED})*)`,
  'g',
);
const ONE = /(\d{1,4})\/(\d{1,3})|(\d{3,4})\s*\((\d{4})\)|(\d{3,4})\s?([A-Z]?)\s?\(([XVIL]+)\)/g;

function findResolutions(text: string): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of text.matchAll(RESOLUTION)) {
    const listAt = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    const body = adoptingBody(text, m.index ?? 0);
    if (body === 'other') continue;
    for (const x of (m[1] ?? '').matchAll(ONE)) {
      const at = listAt + (x.index ?? 0);
      let e: DiscoveredEntity | undefined;
      if (x[1] && x[2]) {
        // a four-digit first part is a year: ECOSOC numbers its resolutions by year
        const b: Exclude<Body, 'other'> = x[1].length === 4 ? 'ecosoc' : body === 'hrc' ? 'hrc' : 'ga';
        e = resolution(b, x[1], x[2]);
      } else if (x[3] && x[4]) e = resolution('sc', x[3], x[4]);
      else if (x[5] && x[7])
        e = resolution('ga', String(roman(x[7])), `${x[5]}${(x[6] ?? '').toLowerCase()}`);
      if (e) out.push(hit(at, x[0], e));
    }
  }
  return out;
}

// "resolutions on A (26/14), on B (29/2) and on C (29/12)": a session/number pair standing alone
// in parentheses is a resolution symbol when its sentence speaks of resolutions before it.
const BARE = /\((\d{1,4}\/\d{1,3}(?:(?:,\s*|,?\s+and\s+)\d{1,4}\/\d{1,3})*)\)/g;
const SENTENCE_START = /[.;!?]\s+(?=[\p{Lu}“"‘(])/gu;

function findBareResolutions(text: string): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of text.matchAll(BARE)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const from = [...before.matchAll(SENTENCE_START)].pop();
    const sentence = before.slice(from ? (from.index ?? 0) + from[0].length : 0);
    if (!/\b[Rr]esolutions?\b/.test(sentence)) continue;
    const body = adoptingBody(text, at);
    if (body === 'other') continue;
    for (const x of (m[1] ?? '').matchAll(/(\d{1,4})\/(\d{1,3})/g)) {
      const b: Exclude<Body, 'other'> = x[1]!.length === 4 ? 'ecosoc' : body === 'hrc' ? 'hrc' : 'ga';
      out.push(hit(at + 1 + (x.index ?? 0), x[0], resolution(b, x[1]!, x[2]!)));
    }
  }
  return out;
}

// --- Document symbols ----------------------------------------------------------------------

// "A/77/292", "A/HRC/17/35", "E/CN.6/2024/L.3", "CEDAW/C/GC/32", "A/RES/2200(XXI)"
const SYMBOL = /(?<![\p{L}\p{N}/.-])[A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.]*(?:\([A-Z]+\))?){2,}/gu;

/** The instrument a UN document symbol names, or undefined if it is not a symbol. */
export function instrumentFromSymbol(raw: string): DiscoveredEntity | undefined {
  const symbol = raw.replace(/\.+$/, '');
  if (!/\d/.test(symbol)) return undefined;
  let m = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
  if (m?.[1] && m[2]) return resolution('ga', m[1], m[2]);
  m = /^A\/RES\/(\d+)\s?\(([XVIL]+)\)$/.exec(symbol);
  if (m?.[1] && m[2]) return resolution('ga', String(roman(m[2])), m[1]);
  m = /^A\/HRC\/RES\/(\d+)\/(\d+)$/.exec(symbol);
  if (m?.[1] && m[2]) return resolution('hrc', m[1], m[2]);
  m = /^S\/RES\/(\d+)/.exec(symbol);
  if (m?.[1]) return resolution('sc', m[1], undefined);
  m = /^E\/RES\/(\d{4})\/(\d+)$/.exec(symbol);
  if (m?.[1] && m[2]) return resolution('ecosoc', m[1], m[2]);
  m = /^(CEDAW|CRC|CCPR)\/C\/GC\/(\d+)$/.exec(symbol);
  if (m?.[1] && m[2])
    return treatyBodyText(m[1] === 'CEDAW' ? 'cedaw-gr' : `${m[1].toLowerCase()}-gc`, m[2], symbol);
  return instrument(`report-${symbolSlug(symbol)}`, { name: symbol, kind: 'report', symbol });
}

function findSymbols(text: string): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const surface = m[0].replace(/\.+$/, '');
    const e = instrumentFromSymbol(surface);
    if (e) out.push(hit(m.index ?? 0, surface, e));
  }
  return out;
}

// --- General recommendations and general comments ---------------------------------------

const TREATY_BODY_TEXT: Record<string, string> = {
  'cedaw-gr': 'CEDAW general recommendation No. ',
  'crc-gc': 'CRC general comment No. ',
  'ccpr-gc': 'Human Rights Committee general comment No. ',
};

function treatyBodyText(prefix: string, n: string, symbol?: string): DiscoveredEntity {
  const props: DiscoveredEntity['properties'] = {
    name: `${TREATY_BODY_TEXT[prefix] ?? ''}${n}`,
    kind: prefix.endsWith('gr') ? 'general-recommendation' : 'general-comment',
  };
  if (symbol) props.symbol = symbol;
  return instrument(`${prefix}${n}`, props);
}

// "general recommendation No. 35", "general recommendations Nos. 19 and 35", "general comment No. 6"
const GENERAL =
  /\b[Gg]eneral\s+([Rr]ecommendations?|[Cc]omments?)\s+Nos?\.\s?(\d+(?:(?:,\s*|,?\s+and\s+)(?:No\.\s?)?\d+)*)/g;

/** Which committee wrote a general comment: the one named right before or after it. */
function commentPrefix(text: string, start: number, end: number): string | undefined {
  const near = `${text.slice(Math.max(0, start - 80), start)} ${text.slice(end, end + 80)}`;
  if (/Rights of the Child|\bCRC\b/.test(near)) return 'crc-gc';
  if (/Human Rights Committee|\bCCPR\b/.test(near)) return 'ccpr-gc';
  return undefined;
}

function findGeneral(text: string): SymbolHit[] {
  const out: SymbolHit[] = [];
  for (const m of text.matchAll(GENERAL)) {
    const start = m.index ?? 0;
    const isComment = /^[Cc]/.test(m[1] ?? '');
    const prefix = isComment ? commentPrefix(text, start, start + m[0].length) : 'cedaw-gr';
    if (!prefix) continue;
    const listAt = start + m[0].length - (m[2] ?? '').length;
    for (const n of (m[2] ?? '').matchAll(/\d+/g)) {
      out.push(hit(listAt + (n.index ?? 0), n[0], treatyBodyText(prefix, n[0])));
    }
  }
  return out;
}

/** Every instrument the text cites by number or symbol, in text order. */
export function findSymbolCitations(text: string): SymbolHit[] {
  return [
    ...findResolutions(text),
    ...findBareResolutions(text),
    ...findSymbols(text),
    ...findGeneral(text),
  ].sort((a, b) => a.start - b.start);
}
