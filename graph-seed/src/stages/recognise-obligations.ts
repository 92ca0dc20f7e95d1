// Stage `recognise-obligations`: obligations a provision STATES (Obligation -STATED_IN-> Provision).
// A recommendation's obligations are not stated here: the recommend stage records them as IMPLEMENTS.
// The chapeau of recommendation sub-items states what its calls speak of; any other provision
// states a duty only in a sentence that states it (recognise/obligations.ts).
import { withFacts } from '../facts';
import { provisionFacts, provisionsOf } from '../products';
import { nameSpans } from '../recognise/meaning-patterns';
import { implementedObligations, obligationRecogniser, statedObligations } from '../recognise/obligations';
import { recommendationStructure } from '../recommend/structure';
import { perDocument, type Stage } from '../stage';

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
    return withFacts(doc, 'obligations', (p) => {
      if (p.kind === 'footnote' || s.isRecommendation(p) || s.callsToRatify(p)) return [];
      const f = provisionFacts(doc, p.id);
      const names = nameSpans(f.instruments, f.actors, p.text);
      const drivers = f.causes.filter((m) => m.start >= 0);
      if (s.introducesRecommendations(p)) return implementedObligations(r, p.text, names, undefined, drivers);
      const countries = f.actors.filter((a) => a.target.startsWith('actor:country-') && a.start >= 0);
      const leadIn = p.parentRef ? byRef.get(p.parentRef)?.text : undefined;
      return statedObligations(r, p.text, names, countries, leadIn, drivers);
    });
  },
);
