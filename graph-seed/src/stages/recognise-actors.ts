import { withFacts } from '../facts';
import { actorRecogniser, recogniseActors as mentions } from '../recognise/actors';
import { instrumentRecogniser, instrumentTitles } from '../recognise/instruments';
import { eachDocument, type Stage } from '../stage';
import type { DiscoveredEntity } from '../types';

/**
 * Fills `facts.actors` of every provision with the actors it names, and adds the countries it
 * names to `state.discovered` (a new map: the input state is left as it was). In a document a
 * treaty body issued, "the Committee" is that body.
 */
export const recogniseActors: Stage = {
  name: 'recognise-actors',
  needs: ['provisions'],
  gives: ['actors'],
  run(state) {
    const discovered = new Map<string, DiscoveredEntity>(state.discovered);
    const r = actorRecogniser(state.catalogues.actors);
    const instruments = instrumentRecogniser(state.catalogues.instruments);
    const next = eachDocument(state, (doc) => {
      const issuer = state.catalogues.actors.find((a) => a.id === doc.meta.issuer);
      const issuerCommittee = issuer?.kind === 'treaty-body' ? `actor:${issuer.id}` : undefined;
      return withFacts(doc, 'actors', (p) => {
        const found = mentions(r, p.text, { issuerCommittee, titles: instrumentTitles(instruments, p.text) });
        for (const d of found.discovered) if (!discovered.has(d.id)) discovered.set(d.id, d);
        return found.mentions;
      });
    });
    return { ...next, discovered };
  },
};
