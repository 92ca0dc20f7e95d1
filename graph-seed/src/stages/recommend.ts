// Stage `recommend`: recommendations of each document, with force, addressees (among the actors
// recognise-actors found), the obligations they IMPLEMENT and the root causes they ADDRESS.
import { obligationRecogniser } from '../recognise/obligations';
import { buildRecommendation } from '../recommend/build';
import { recommendationStructure } from '../recommend/structure';
import { provisionsOf } from '../products';
import { perDocument, type Stage } from '../stage';

export const recommend: Stage = perDocument(
  {
    name: 'recommend',
    needs: ['provisions', 'actors', 'instruments', 'causes'],
    gives: ['recommendations'],
  },
  (doc, state) => {
    const r = obligationRecogniser(state.catalogues.obligations);
    const s = recommendationStructure(doc);
    const recommendations = provisionsOf(doc)
      .filter((p) => s.isRecommendation(p))
      .map((p) => buildRecommendation(doc, p, s, r));
    return { ...doc, recommendations };
  },
);
