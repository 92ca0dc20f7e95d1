import type { MeasureCatalogue } from '../catalogue';
import { execAll } from '../recognise/lookbehind';
import { type FilteredRegex, mayMatch, Prefilter } from '../recognise/prefilter';
import { oncePerCatalogue } from '../recognise/once';
import type { Span, Unit } from './units';

/**
 * Tagging asks with the measures of the catalogue (measures.yaml): a phrase of the measure, or a
 * verb of a frame's class with one of its objects near it, inside the ask and outside names;
 * minus look-alikes. Hand-written like the other meaning catalogues (recognise/meaning-patterns.ts):
 * the rule is small and the patterns are data a researcher edits.
 */
interface CompiledFrame {
  verbs: FilteredRegex[];
  objects: FilteredRegex[];
  /** Objects that name the measure's whole field (measures.yaml `general`). */
  general: FilteredRegex[];
  /** The object is any instrument the ask names. */
  instrument: boolean;
}

export interface MeasureMatcher {
  id: string;
  broad: boolean;
  sameInstrument: boolean;
  phrases: FilteredRegex[];
  frames: CompiledFrame[];
  negative: FilteredRegex[];
  supersedes: string[];
}

/** One measure found in a unit: the words it rests on, and the instruments of its frames. */
export interface MeasureHit {
  measure: string;
  spans: Span[];
  instruments: string[];
  /** Found only in the chapeau a sub-item is read after: a heading of the sub-item's theme. */
  lead: boolean;
  /**
   * Called for only on the measure's general object (no phrase, no specific object): the ask
   * asks for the measure in general and contains its specific asks.
   */
  general?: boolean;
  /**
   * The specific objects its frames matched (`<frame>.<object>` indexes into the measure's
   * frames), in frames that name a general object: there the specific objects are the field's
   * distinct parts, and two asks on different ones call for the measure on different subjects
   * (research into the links between migration and trafficking, research into conviction rates).
   * In other frames the objects are alternative words for one thing.
   */
  subjects?: string[];
}

// An object belongs to a verb when it follows within this many characters, or precedes within
// BEFORE (passives and nominals: "… officials are trained", "data … collected"); a passive's
// subject can carry an apposition before its verb ("all perpetrators, especially those …, are
// held accountable").
const AFTER = 120;
const BEFORE = 80;

/** Patterns of asks that call for no measure (measures.yaml `notAsks`). */
export const notAskPatterns = oncePerCatalogue((catalogue: MeasureCatalogue): RegExp[] =>
  catalogue.notAsks.map((s) => new RegExp(s, 'iu')),
);

export const measureMatchers = oncePerCatalogue((catalogue: MeasureCatalogue): MeasureMatcher[] => {
  // one literal filter for the whole catalogue: a unit is scanned once for all its patterns
  const filter = new Prefilter(true);
  const compile = (sources: readonly string[]) => sources.map((s) => filter.compile(s, 'giu'));
  const verbs = new Map(Object.entries(catalogue.verbs).map(([name, list]) => [name, compile(list)]));
  return catalogue.measures.map((m) => ({
    id: m.id,
    broad: m.broad,
    sameInstrument: m.sameInstrument,
    phrases: compile(m.phrases),
    frames: m.frames.map((f) => ({
      verbs: verbs.get(f.verb) ?? [],
      objects: compile(f.objects.filter((o) => o !== '@instrument')),
      general: compile(f.general),
      instrument: f.objects.includes('@instrument'),
    })),
    negative: compile(m.negativePatterns),
    supersedes: m.supersedes,
  }));
});

function matches(res: readonly FilteredRegex[], text: string): Span[] {
  const out: Span[] = [];
  for (const f of res) {
    if (!mayMatch(f, text)) continue;
    for (const m of execAll(f, text)) {
      if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

// An enumeration that starts within the window runs on past it ("training for individuals …,
// including to relevant authorities, recruitment agencies and employers, the police, border
// officers …"): its items are objects of the verb too. Items are short noun phrases (no verb: a
// clause of their own, "campaigns carried out in collaboration with civil society", is not one).
const LIST_ITEM =
  /^\s*(?:including (?:to )?|such as )?(?:and |or |as well as )?[\w'’-]+(?: [\w'’-]+){0,7}\s*$/u;
function inList(unit: Unit, from: number, to: number): boolean {
  const start = unit.text.lastIndexOf(',', from);
  if (start < 0 || start >= to) return false;
  const gap = unit.text.slice(start + 1, to);
  if (/[;:.()]/.test(gap)) return false;
  const verb = (w: Unit['words'][number]) => w.pos === 'VERB' && w.text.toLowerCase() !== 'including';
  if (unit.words.some((w) => w.start > start && w.end <= to && verb(w))) return false;
  // the last item is the object's own, up to the object: short too
  return gap.split(',').every((i) => i.trim() === '' || LIST_ITEM.test(i));
}

const VERBAL_NOUN_NEXT = new Set(['of', 'for', 'on', 'in', 'into', 'to', 'among']);
// A noun of action that heads a compound names the action too: "capacity-building programmes for
// all court officials", "training courses".
const ACTION_COMPOUND = new Set([
  'programme',
  'programmes',
  'program',
  'programs',
  'courses',
  'activities',
  'initiatives',
  'sessions',
  'curricula',
]);

/**
 * A verb pattern's match is an action unless it is a bare noun: a verb ("train", "identifying"),
 * a pattern of several words, hyphenated or not ("build capacity", "capacity-building"), a qualifier ("trauma-informed") or a noun of
 * action with its object or beneficiary after it ("training for", "identification of") or heading
 * a compound ("capacity-building programmes") are;
 * "rates of detection, reporting" is not.
 */
function verbal(unit: Unit, s: Span): boolean {
  if (/[\s-]/.test(unit.text.slice(s.start, s.end))) return true;
  const i = unit.words.findIndex((w) => w.start <= s.start && w.end > s.start);
  const w = unit.words[i];
  if (!w) return false;
  if (w.pos !== 'NOUN' && w.pos !== 'PROPN') return true;
  const next = unit.words[i + 1]?.text.toLowerCase() ?? '';
  return VERBAL_NOUN_NEXT.has(next) || ACTION_COMPOUND.has(next);
}

// The topic of information names measures without asking for them ("provide … information … about
// their rights …, hotlines …, free legal aid": the ask is to inform): general English, not a measure
// pattern. A topic runs from its opener to the end of the ask's clause (`;`); "informed of and
// enjoy …" (a preposition shared by coordinated verbs) opens none.
const TOPIC =
  /\b(?:information(?: (?!(?:about|on|regarding|concerning)\b)[\w-]+){0,10} (?:about|on|regarding|concerning)|inform(?:s|ed|ing)?(?: (?!(?:about|of)\b)[\w-]+){0,6} (?:about|of))\b(?! (?:and|or)\b)/giu;

/**
 * Where a unit names measures as the topic of information: each topic with the words that open it
 * (a measure matched on those words is the information asked for).
 */
export function topicSpans(text: string): Array<{ opener: Span; span: Span }> {
  const out: Array<{ opener: Span; span: Span }> = [];
  for (const m of text.matchAll(TOPIC)) {
    const end = m.index + m[0].length;
    const stop = text.indexOf(';', end);
    out.push({ opener: { start: m.index, end }, span: { start: end, end: stop < 0 ? text.length : stop } });
  }
  return out;
}

/** The measures a unit calls for, in catalogue order; frames keep the instruments they apply to. */
export function tagUnit(
  unit: Unit,
  matchers: readonly MeasureMatcher[],
  notAsks: readonly RegExp[] = [],
): MeasureHit[] {
  if (notAsks.some((re) => re.test(unit.text))) return [];
  const free = (s: Span) => !unit.names.some((n) => within(s, n) || overlaps(s, n));
  const hits: MeasureHit[] = [];
  const unasked = topicSpans(unit.text);
  for (const m of matchers) {
    const negatives = m.negative.length > 0 ? matches(m.negative, unit.text) : [];
    const keep = (s: Span) => free(s) && !negatives.some((n) => overlaps(s, n));
    const spans = matches(m.phrases, unit.text).filter(keep);
    // spans that rest on a general object only; the hit is general when every span does
    const generalSpans = new Set<Span>();
    const subjects = new Set<string>();
    const instruments = new Set<string>();
    for (const [fi, f] of m.frames.entries()) {
      const verbs = matches(f.verbs, unit.text).filter((v) => keep(v) && verbal(unit, v));
      if (verbs.length === 0) continue;
      const objects: Array<Span & { id?: string; general?: boolean; subject?: string }> = f.instrument
        ? unit.instruments
        : [
            ...f.objects.flatMap((re, oi) =>
              matches([re], unit.text)
                .filter(keep)
                .map((o) => (f.general.length > 0 ? { ...o, subject: `${fi}.${oi}` } : o)),
            ),
            ...matches(f.general, unit.text)
              .filter(keep)
              .map((o) => ({ ...o, general: true })),
          ];
      for (const v of verbs) {
        for (const o of objects) {
          // an instrument list can run long ("ratifying … the Convention …, (No. 189)"): any after the verb
          const near = f.instrument
            ? o.start >= v.end
            : (o.start >= v.end && (o.start - v.end <= AFTER || inList(unit, v.end + AFTER, o.start))) ||
              (o.end <= v.start && v.start - o.end <= BEFORE);
          if (!near) continue;
          const span = { start: Math.min(v.start, o.start), end: Math.max(v.end, o.end) };
          spans.push(span);
          if (o.general) generalSpans.add(span);
          if (o.subject) subjects.add(o.subject);
          if (o.id) instruments.add(o.id);
        }
      }
    }
    if (spans.length === 0) continue;
    // a measure all of whose words lie in a topic of information is not asked for, unless its
    // words are the opener (the information itself)
    if (
      unasked.length > 0 &&
      spans.every(
        (sp) => unasked.some((u) => within(sp, u.span)) && !unasked.some((u) => overlaps(sp, u.opener)),
      )
    )
      continue;
    if (m.sameInstrument && instruments.size === 0) continue;
    const general = spans.every((s) => generalSpans.has(s));
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    const lead = spans.every((s) => s.end <= unit.own);
    hits.push({
      measure: m.id,
      spans,
      instruments: [...instruments].sort(),
      lead,
      ...(general ? { general } : {}),
      ...(subjects.size > 0 ? { subjects: [...subjects].sort() } : {}),
    });
  }
  return hits;
}

/**
 * A recommendation's hits, unit by unit, without the measures its asks supersede (measures.yaml
 * `supersedes`): in the unit of the superseding measure, and in its chapeau's asks where the
 * recommendation's own words call for it (a sub-item "clear their criminal records" under a
 * non-punishment chapeau asks to clear records).
 */
export function withoutSuperseded(
  units: readonly MeasureHit[][],
  matchers: readonly MeasureMatcher[],
): MeasureHit[][] {
  const by = new Map(matchers.map((m) => [m.id, m.supersedes]));
  const own = new Set(units.flat().flatMap((h) => (h.lead ? [] : (by.get(h.measure) ?? []))));
  return units.map((hits) => {
    const here = new Set(hits.flatMap((h) => by.get(h.measure) ?? []));
    if (here.size === 0 && own.size === 0) return hits;
    return hits.filter((h) => !here.has(h.measure) && !(h.lead && own.has(h.measure)));
  });
}
