import { provisionFacts, provisionsOf } from '../products';
import type { DocumentState } from '../types';
import { documentInstrumentId } from './document-instrument';
import type { GraphBuilder } from './graph-builder';

// A report says which resolution asked for it ("submitted pursuant to General Assembly resolution
// 77/194", "submitted in accordance with that request" after naming the resolution).
const SUBMITTED =
  /\b(submitted|prepared|presented)\b[^.]{0,60}\b(pursuant to|in accordance with|in response to|in compliance with)\b/i;
const RESOLUTION = /^inst:(ga|sc|hrc|ecosoc)-res-/;

/** Document and Provision nodes with HAS_PROVISION, PART_OF, EMBODIES and RESPONDS_TO. */
export function linkDocument(g: GraphBuilder, doc: DocumentState): void {
  const { meta } = doc;
  const docId = `doc:${meta.id}`;
  g.addNode(docId, 'Document', {
    name: meta.symbol,
    symbol: meta.symbol,
    title: meta.title,
    kind: meta.kind,
    issuer: meta.issuer,
    year: meta.year,
  });
  const provisions = provisionsOf(doc);
  for (const p of provisions) {
    g.addNode(p.id, 'Provision', {
      name: `${meta.symbol} ${p.ref}`,
      documentId: p.documentId,
      ref: p.ref,
      kind: p.kind,
      section: p.section,
      text: p.text,
      order: p.order,
    });
    g.addRelationship('HAS_PROVISION', docId, p.id, 'structure', [p.id], { order: p.order });
    if (p.parentRef) {
      g.addRelationship('PART_OF', p.id, `prov:${meta.id}:${p.parentRef}`, 'structure', [p.id]);
    }
  }
  const own = documentInstrumentId(meta);
  g.addNode(own, 'Instrument', {
    name: meta.title,
    shortName: meta.symbol,
    kind: meta.kind,
    year: meta.year,
  });
  g.addRelationship('EMBODIES', docId, own, 'rule', []);

  if (meta.kind !== 'report') return;
  // The request comes in the opening paragraphs: the provision that says "submitted …" or, when it
  // refers back ("that request"), the paragraphs before it.
  const opening = provisions.filter((p) => p.kind !== 'footnote').slice(0, 4);
  const at = opening.findIndex((p) => SUBMITTED.test(p.text));
  if (at < 0) return;
  for (const p of opening.slice(0, at + 1).reverse()) {
    const cited = provisionFacts(doc, p.id).instruments.find(
      (m) => RESOLUTION.test(m.target) && m.target !== own,
    );
    if (cited) {
      g.addRelationship('RESPONDS_TO', docId, cited.target, 'rule', [p.id]);
      return;
    }
  }
}
