// Stage `recommend`: recommendations of each document, with force, addressees (among the actors
// recognise-actors found), the obligations they IMPLEMENT and the root causes they ADDRESS.
import { obligationRecogniser } from '../recognise/obligations';
import { buildRecommendation } from '../recommend/build';
import { recommendationStructure } from '../recommend/structure';
import { perDocument, type Stage } from '../stage';

export const recommend: Stage = perDocument('recommend', (doc, state) => {
  const r = obligationRecogniser(state.catalogues.obligations);
  const s = recommendationStructure(doc);
  const recommendations = (doc.provisions ?? [])
    .filter((p) => s.isRecommendation(p))
    .map((p) => buildRecommendation(doc, p, s, r));
  return { ...doc, recommendations };
});
