// How far each obligation and root-cause rule reaches: which provisions of the corpus it matches.
// A rule whose reach lies inside one document could only have been written from that document;
// one that matches a single provision was most likely written for that sentence.
import type { Catalogues, FrameEntry, SeedState } from '../../graph-seed/src';
import { provisionFacts } from '../../graph-seed/src/products';
import { compileFrame, matchFrame } from '../../graph-seed/src/recognise/frames';
import { Reading } from '../../graph-seed/src/recognise/reading';

/** Where a rule lives in the catalogues. */
export type RuleKind = 'patterns' | 'negativePatterns' | 'riskPatterns' | 'frames';

export interface Rule {
  catalogue: 'obligations' | 'rootCauses';
  entry: string;
  kind: RuleKind;
  /** A regular expression, or a frame written out as `verbs × objects (polarity)`. */
  source: string;
  frame?: FrameEntry;
}

export interface Reach extends Rule {
  /** Provision ids the rule matches, sorted. */
  provisions: string[];
  /** Document ids of those provisions, sorted. */
  documents: string[];
}

export const frameSource = (f: FrameEntry): string =>
  `${f.verbs.join('|')} × ${f.objects.join('|')} (${f.polarity})`;

/** Every rule of the obligation and root-cause catalogues. */
export function rulesOf(c: Catalogues): Rule[] {
  const out: Rule[] = [];
  const entries = [
    ['obligations', c.obligations],
    ['rootCauses', c.rootCauses],
  ] as const;
  for (const [catalogue, list] of entries) {
    for (const e of list) {
      const lists: Array<[RuleKind, string[]]> = [
        ['patterns', e.patterns],
        ['negativePatterns', e.negativePatterns],
        ['riskPatterns', 'riskPatterns' in e ? e.riskPatterns : []],
      ];
      for (const [kind, sources] of lists)
        for (const source of sources) out.push({ catalogue, entry: e.id, kind, source });
      for (const frame of e.frames ?? [])
        out.push({ catalogue, entry: e.id, kind: 'frames', source: frameSource(frame), frame });
    }
  }
  return out;
}

export interface ProvisionText {
  id: string;
  documentId: string;
  text: string;
  /** Root-cause spans of the provision, the objects of a `@root-cause` frame. */
  drivers?: ReadonlyArray<{ start: number; end: number }>;
}

/** Every provision of a built graph, with the root causes it was found to discuss. */
export const provisionTexts = (state: SeedState): ProvisionText[] =>
  state.documents.flatMap((d) =>
    (d.provisions ?? []).map((p) => ({
      id: p.id,
      documentId: p.documentId,
      text: p.text,
      drivers: provisionFacts(d, p.id).causes.filter((m) => m.start >= 0),
    })),
  );

/** The reach of every rule over the given provisions (regular expressions read case-insensitively). */
export function reachOf(rules: readonly Rule[], provisions: readonly ProvisionText[]): Reach[] {
  const readings = new Map<string, Reading>();
  const reading = (p: ProvisionText) => {
    let r = readings.get(p.id);
    if (!r) {
      r = new Reading(p.text, undefined, p.drivers);
      readings.set(p.id, r);
    }
    return r;
  };
  return rules.map((rule) => {
    let test: (p: ProvisionText) => boolean;
    if (rule.frame) {
      const f = compileFrame(rule.frame);
      test = (p) => matchFrame(f, reading(p).tokens, reading(p).frames, reading(p).drivers).length > 0;
    } else {
      const re = new RegExp(rule.source, 'iu');
      test = (p) => re.test(p.text);
    }
    const hits = provisions.filter(test);
    return {
      ...rule,
      provisions: hits.map((p) => p.id).sort(),
      documents: [...new Set(hits.map((p) => p.documentId))].sort(),
    };
  });
}

/** The catalogues without the given rules (a deep enough copy: the input is never changed). */
export function withoutRules(c: Catalogues, drop: readonly Rule[]): Catalogues {
  const dropped = (catalogue: Rule['catalogue'], entry: string, kind: RuleKind, source: string) =>
    drop.some(
      (r) => r.catalogue === catalogue && r.entry === entry && r.kind === kind && r.source === source,
    );
  const strip = <E extends Catalogues['obligations'][number] | Catalogues['rootCauses'][number]>(
    catalogue: Rule['catalogue'],
    e: E,
  ): E => ({
    ...e,
    patterns: e.patterns.filter((s) => !dropped(catalogue, e.id, 'patterns', s)),
    negativePatterns: e.negativePatterns.filter((s) => !dropped(catalogue, e.id, 'negativePatterns', s)),
    frames: e.frames.filter((f) => !dropped(catalogue, e.id, 'frames', frameSource(f))),
    ...('riskPatterns' in e
      ? { riskPatterns: e.riskPatterns.filter((s) => !dropped(catalogue, e.id, 'riskPatterns', s)) }
      : {}),
  });
  return {
    ...c,
    obligations: c.obligations.map((e) => strip('obligations', e)),
    rootCauses: c.rootCauses.map((e) => strip('rootCauses', e)),
  };
}
