// Stage `recognise-causes`: which root causes each provision discusses (MENTIONS → RootCause).
// Words inside names of instruments and bodies are not read (recognise-instruments and
// recognise-actors ran before), nor is a call to ratify instruments (recognise/ratification.ts).
import { withFacts } from '../facts';
import { provisionFacts } from '../products';
import { causeRecogniser, recogniseCauses as findCauses } from '../recognise/causes';
import { nameSpans } from '../recognise/meaning-patterns';
import { recommendationStructure } from '../recommend/structure';
import { perDocument, type Stage } from '../stage';

export const recogniseCauses: Stage = perDocument(
  { name: 'recognise-causes', needs: ['provisions', 'actors', 'instruments'], gives: ['causes'] },
  (doc, state) => {
    const r = causeRecogniser(state.catalogues.rootCauses, state.catalogues.riskCues);
    const s = recommendationStructure(doc);
    return withFacts(doc, 'causes', (p) => {
      if (p.kind === 'footnote' || s.callsToRatify(p)) return [];
      const f = provisionFacts(doc, p.id);
      return findCauses(r, p.text, nameSpans(f.instruments, f.actors, p.text));
    });
  },
);
