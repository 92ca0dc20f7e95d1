// Stage `recognise-obligations`: obligations a provision STATES (Obligation -STATED_IN-> Provision).
// A recommendation's obligations are not stated here: the recommend stage records them as IMPLEMENTS.
// The chapeau of recommendation sub-items states what its calls speak of; any other provision
// states a duty only in a sentence that states it (recognise/obligations.ts). An item given apart
// under a lead-in that ends in a colon ("… requires attention to the following:") and that names
// no duty in its own words states the duties of its lead-in: it is one of the things the lead-in
// says the duty takes. Those have no words in the item, so they carry no spans.
import { withFacts } from '../facts';
import { provisionFacts, provisionsOf } from '../products';
import { nameSpans } from '../recognise/meaning-patterns';
import { implementedObligations, obligationRecogniser, statedObligations } from '../recognise/obligations';
import { recommendationStructure } from '../recommend/structure';
import { perDocument, type Stage } from '../stage';
import type { Provision } from '../types';

export const recogniseObligations: Stage = perDocument(
  {
    name: 'recognise-obligations',
    needs: ['provisions', 'actors', 'instruments', 'causes'],
    gives: ['obligations'],
  },
  (doc, state) => {
    const r = obligationRecogniser(state.catalogues.obligations);
    const s = recommendationStructure(doc);
    const byRef = new Map(provisionsOf(doc).map((p) => [p.ref, p]));
    const stated = (p: Provision, leadIn?: string) => {
      const f = provisionFacts(doc, p.id);
      const names = nameSpans(f.instruments, f.actors, p.text);
      const drivers = f.causes.filter((m) => m.start >= 0);
      const countries = f.actors.filter((a) => a.target.startsWith('actor:country-') && a.start >= 0);
      return statedObligations(r, p.text, names, countries, leadIn, drivers);
    };
    return withFacts(doc, 'obligations', (p) => {
      if (p.kind === 'footnote' || s.isRecommendation(p) || s.callsToRatify(p)) return [];
      if (s.introducesRecommendations(p)) {
        const f = provisionFacts(doc, p.id);
        const names = nameSpans(f.instruments, f.actors, p.text);
        return implementedObligations(
          r,
          p.text,
          names,
          undefined,
          f.causes.filter((m) => m.start >= 0),
        );
      }
      const lead = p.parentRef ? byRef.get(p.parentRef) : undefined;
      const own = stated(p, lead?.text);
      if (own.length > 0 || !lead || lead.parentRef || !lead.text.trimEnd().endsWith(':')) return own;
      return stated(lead).map((m) => ({ ...m, start: -1, end: -1 }));
    });
  },
);
