import type { ObligationRecogniser } from '../recognise/obligations';
import { implementedObligations } from '../recognise/obligations';
import { nameSpans } from '../recognise/meaning-patterns';
import { provisionFacts } from '../products';
import type { Addressee, DocumentState, Provision, RecommendationFact } from '../types';
import { type AddresseeReading, explicitAddressees } from './addressees';
import { recommendationForce } from './force';
import type { RecommendationStructure } from './structure';
import { spanRefsOf } from '../bundle/span-ref';

/**
 * One RecommendationFact from one recommendation provision: force and addressees from its own
 * text, else from its chapeaux (the call "54. … States parties should: (a) …" is the chapeau's);
 * in a general recommendation a call that names no one is addressed to `actor:states` (the
 * Convention's States parties, method `context`). Obligations it IMPLEMENTS and root causes it
 * ADDRESSES are those its own text speaks of.
 */
export function buildRecommendation(
  doc: DocumentState,
  p: Provision,
  s: RecommendationStructure,
  obligations: ObligationRecogniser,
): RecommendationFact {
  const facts = (q: Provision) => provisionFacts(doc, q.id);
  const how: AddresseeReading = { subjects: doc.meta.kind !== 'resolution' };
  const chain = [p, ...s.chapeauxOf(p)];
  let addressees: Addressee[] = [];
  for (const q of chain) {
    addressees = explicitAddressees(q.text, facts(q).actors, how, q.id);
    if (addressees.length > 0) break;
  }
  if (addressees.length === 0 && doc.meta.kind === 'general-recommendation') {
    addressees = [{ actorId: 'actor:states', method: 'context', spans: [] }];
  }
  const slug = doc.meta.id;
  const implemented = s.callsToRatify(p)
    ? []
    : implementedObligations(
        obligations,
        p.text,
        nameSpans(facts(p).instruments, facts(p).actors, p.text),
        chain[1]?.text,
        facts(p).causes.filter((m) => m.start >= 0),
      );
  const spans: Record<string, string[]> = {};
  for (const m of [...implemented, ...facts(p).causes])
    spans[m.target] = [...(spans[m.target] ?? []), ...spanRefsOf(p.id, [m])];
  return {
    id: `rec:${slug}:${p.ref}`,
    provisionId: p.id,
    documentId: p.documentId,
    ref: p.ref,
    text: p.text,
    force: recommendationForce(
      p.text,
      chain.slice(1).map((q) => q.text),
    ),
    addressees,
    obligations: unique(implemented.map((m) => m.target)),
    causes: unique(facts(p).causes.map((m) => m.target)),
    spans,
  };
}

const unique = (xs: string[]) => [...new Set(xs)];
