import { withFacts } from '../facts';
import { documentInstrumentId } from '../link/document-instrument';
import {
  documentDefaults,
  instrumentRecogniser,
  leadInContext,
  recogniseInstruments as cites,
} from '../recognise/instruments';
import { provisionFacts, provisionsOf } from '../products';
import { leadIns } from '../recognise/lead-ins';
import type { LeadInContext } from '../recognise/references';
import { eachDocument, type Stage } from '../stage';
import type { DiscoveredEntity } from '../types';

/**
 * Fills `facts.instruments` of every provision with the instruments it cites, and adds the
 * instruments found by number or symbol that no catalogue holds to `state.discovered` (a new
 * map: the input state is left as it was). "The Convention" is resolved per document: a term
 * the document defines ("… (the Convention)"), else the treaty of the body that issued it, else
 * the last Convention the provision itself names, else the treaty of a treaty body it names (the
 * Human Rights Committee's "the Covenant"), else its lead-ins', else the document's one Convention
 * (references.ts).
 */

export const recogniseInstruments: Stage = {
  name: 'recognise-instruments',
  // The actors a provision names tell which treaty its treaty body's "the Covenant" means.
  needs: ['provisions', 'actors'],
  gives: ['instruments'],
  run(state) {
    const discovered = new Map<string, DiscoveredEntity>(state.discovered);
    const r = instrumentRecogniser(state.catalogues.instruments);
    const treatyOf = new Map<string, string>();
    for (const a of state.catalogues.actors) if (a.treaty) treatyOf.set(`actor:${a.id}`, `inst:${a.treaty}`);
    const next = eachDocument(state, (doc) => {
      const issuer = state.catalogues.actors.find((a) => a.id === doc.meta.issuer);
      const provisions = provisionsOf(doc);
      const texts = provisions.map((p) => p.text);
      const self = documentInstrumentId(doc.meta);
      const defaults = documentDefaults(r, texts, issuer?.treaty, self);
      const leadIn = leadIns(provisions);
      const contexts = new Map<string, LeadInContext>();
      return withFacts(doc, 'instruments', (p) => {
        const bodies = provisionFacts(doc, p.id).actors.flatMap((m) => {
          const treaty = treatyOf.get(m.target);
          return treaty ? [{ target: treaty, name: r.entries.get(treaty)?.name ?? '' }] : [];
        });
        const chain = [bodies, ...leadIn(p).map((ref) => contexts.get(ref) ?? [])];
        const found = cites(r, p.text, defaults, self, chain);
        contexts.set(p.ref, leadInContext(r, found));
        // First registration wins: the same input always gives the same node.
        for (const d of found.discovered) if (!discovered.has(d.id)) discovered.set(d.id, d);
        return found.mentions;
      });
    });
    return { ...next, discovered };
  },
};
