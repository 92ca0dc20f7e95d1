import { factsOf, recommendationsOf } from '../products';
import type { DocumentState, Mention } from '../types';
import { spanRefsOf } from '../bundle/span-ref';
import type { GraphBuilder } from './graph-builder';

/** The span of a whole text without its surrounding blanks. */
function whole(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/** Index of which provisions back which node: node id → provision ids. */
export type Backing = Map<string, Set<string>>;

const note = (index: Backing, node: string, provision: string) => {
  const set = index.get(node) ?? new Set<string>();
  set.add(provision);
  index.set(node, set);
};

/** A mentioned node that neither a catalogue nor discovery registered still gets a node, named as printed. */
function ensureTarget(g: GraphBuilder, m: Mention): void {
  if (g.hasNode(m.target)) return;
  if (m.target.startsWith('inst:')) g.addNode(m.target, 'Instrument', { name: m.surface, kind: 'unknown' });
  else if (m.target.startsWith('actor:')) g.addNode(m.target, 'Actor', { name: m.surface, kind: 'unknown' });
}

export interface FactIndexes {
  statedIn: Backing;
  cites: Backing;
  mentions: Backing;
}

/**
 * Provision facts become MENTIONS, CITES and Obligation STATED_IN; recommendations become
 * Recommendation nodes with STATED_IN, ADDRESSED_TO, IMPLEMENTS and ADDRESSES. Each edge's
 * evidence is the provision it was read from.
 */
export function linkFacts(g: GraphBuilder, doc: DocumentState, idx: FactIndexes): void {
  for (const [provId, facts] of factsOf(doc)) {
    const at = (m: Mention) => spanRefsOf(provId, [m]);
    for (const m of [...facts.actors, ...facts.causes]) {
      ensureTarget(g, m);
      g.addRecognised('MENTIONS', provId, m.target, m.method, [provId], at(m));
      note(idx.mentions, m.target, provId);
    }
    for (const m of facts.instruments) {
      ensureTarget(g, m);
      g.addRecognised('CITES', provId, m.target, m.method, [provId], at(m));
      note(idx.cites, m.target, provId);
    }
    for (const m of facts.obligations) {
      g.addRecognised('STATED_IN', m.target, provId, m.method, [provId], at(m));
      note(idx.statedIn, m.target, provId);
    }
  }
  for (const r of recommendationsOf(doc)) {
    g.addNode(r.id, 'Recommendation', {
      name: `${doc.meta.symbol} ${r.ref}`,
      documentId: r.documentId,
      ref: r.ref,
      text: r.text,
      force: r.force,
    });
    const ev = [r.provisionId];
    // A recommendation rests on the whole text of its provision.
    g.addRecognised('STATED_IN', r.id, r.provisionId, 'rule', ev, spanRefsOf(r.provisionId, [whole(r.text)]));
    for (const a of r.addressees) g.addRecognised('ADDRESSED_TO', r.id, a.actorId, a.method, ev, a.spans);
    for (const o of r.obligations) {
      g.addRecognised('IMPLEMENTS', r.id, o, 'rule', ev, r.spans[o] ?? []);
      note(idx.statedIn, o, r.provisionId);
    }
    for (const c of r.causes) g.addRecognised('ADDRESSES', r.id, c, 'rule', ev, r.spans[c] ?? []);
  }
}
