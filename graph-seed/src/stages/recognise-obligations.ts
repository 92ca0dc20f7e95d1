// Stage `recognise-obligations`: obligations a provision STATES (Obligation -STATED_IN-> Provision).
// A recommendation's obligations are not stated here: the recommend stage records them as IMPLEMENTS.
// The chapeau of recommendation sub-items states what its calls speak of; any other provision
// states a duty only in a sentence that states it (recognise/obligations.ts).
import { noFacts, withFacts } from '../facts';
import { nameSpans } from '../recognise/meaning-patterns';
import { implementedObligations, obligationRecogniser, statedObligations } from '../recognise/obligations';
import { recommendationStructure } from '../recommend/structure';
import { perDocument, type Stage } from '../stage';

export const recogniseObligations: Stage = perDocument('recognise-obligations', (doc, state) => {
  const r = obligationRecogniser(state.catalogues.obligations);
  const s = recommendationStructure(doc);
  const byRef = new Map((doc.provisions ?? []).map((p) => [p.ref, p]));
  return withFacts(doc, 'obligations', (p) => {
    if (p.kind === 'footnote' || s.isRecommendation(p) || s.callsToRatify(p)) return [];
    const f = doc.facts?.get(p.id) ?? noFacts();
    const names = nameSpans(f.instruments, f.actors, p.text);
    if (s.introducesRecommendations(p)) return implementedObligations(r, p.text, names);
    const countries = f.actors.filter((a) => a.target.startsWith('actor:country-') && a.start >= 0);
    const leadIn = p.parentRef ? byRef.get(p.parentRef)?.text : undefined;
    return statedObligations(r, p.text, names, countries, leadIn);
  });
});
