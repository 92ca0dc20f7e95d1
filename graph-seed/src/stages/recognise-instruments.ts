import { withFacts } from '../facts';
import { documentInstrumentId } from '../link/document-instrument';
import {
  documentDefaults,
  instrumentRecogniser,
  recogniseInstruments as cites,
} from '../recognise/instruments';
import { provisionsOf } from '../products';
import { eachDocument, type Stage } from '../stage';
import type { DiscoveredEntity } from '../types';

/**
 * Fills `facts.instruments` of every provision with the instruments it cites, and adds the
 * instruments found by number or symbol that no catalogue holds to `state.discovered` (a new
 * map: the input state is left as it was). "The Convention" is resolved per document: a term
 * the document defines ("… (the Convention)"), else the treaty of the body that issued it, else
 * the last Convention the provision itself names.
 */
export const recogniseInstruments: Stage = {
  name: 'recognise-instruments',
  needs: ['provisions'],
  gives: ['instruments'],
  run(state) {
    const discovered = new Map<string, DiscoveredEntity>(state.discovered);
    const r = instrumentRecogniser(state.catalogues.instruments);
    const next = eachDocument(state, (doc) => {
      const issuer = state.catalogues.actors.find((a) => a.id === doc.meta.issuer);
      const provisions = provisionsOf(doc);
      const texts = provisions.map((p) => p.text);
      const defaults = documentDefaults(r, texts, issuer?.treaty);
      const self = documentInstrumentId(doc.meta);
      return withFacts(doc, 'instruments', (p) => {
        const found = cites(r, p.text, defaults, self);
        // First registration wins: the same input always gives the same node.
        for (const d of found.discovered) if (!discovered.has(d.id)) discovered.set(d.id, d);
        return found.mentions;
      });
    });
    return { ...next, discovered };
  },
};
