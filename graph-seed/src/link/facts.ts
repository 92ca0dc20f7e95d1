import { factsOf, recommendationsOf } from '../products';
import type { DocumentState, Mention } from '../types';
import type { GraphBuilder } from './graph-builder';

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
    for (const m of [...facts.actors, ...facts.causes]) {
      ensureTarget(g, m);
      g.addRelationship('MENTIONS', provId, m.target, m.method, [provId]);
      note(idx.mentions, m.target, provId);
    }
    for (const m of facts.instruments) {
      ensureTarget(g, m);
      g.addRelationship('CITES', provId, m.target, m.method, [provId]);
      note(idx.cites, m.target, provId);
    }
    for (const m of facts.obligations) {
      g.addRelationship('STATED_IN', m.target, provId, m.method, [provId]);
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
    g.addRelationship('STATED_IN', r.id, r.provisionId, 'rule', ev);
    for (const a of r.addressees) g.addRelationship('ADDRESSED_TO', r.id, a.actorId, a.method, ev);
    for (const o of r.obligations) {
      g.addRelationship('IMPLEMENTS', r.id, o, 'rule', ev);
      note(idx.statedIn, o, r.provisionId);
    }
    for (const c of r.causes) g.addRelationship('ADDRESSES', r.id, c, 'rule', ev);
  }
}
