// Stage `recognise-causes`: which root causes each provision discusses (MENTIONS → RootCause).
import { withFacts } from '../facts';
import { causeRecogniser, recogniseCauses as findCauses } from '../recognise/causes';
import { perDocument, type Stage } from '../stage';

export const recogniseCauses: Stage = perDocument('recognise-causes', (doc, state) => {
  const r = causeRecogniser(state.catalogues.rootCauses);
  return withFacts(doc, 'causes', (p) => (p.kind === 'footnote' ? [] : findCauses(r, p.text)));
});
