import type { ActorEntry } from './actors';
import type { InstrumentEntry } from './instruments';
import type { MeasureCatalogue } from './measures';
import type { ObligationEntry } from './obligations';
import type { RootCauseEntry } from './root-causes';

export { actorCatalogueSchema, actorEntrySchema, type ActorEntry } from './actors';
export { instrumentCatalogueSchema, instrumentEntrySchema, type InstrumentEntry } from './instruments';
export {
  type MeasureCatalogue,
  type MeasureEntry,
  measureCatalogueSchema,
  measureEntrySchema,
} from './measures';
export { obligationCatalogueSchema, obligationEntrySchema, type ObligationEntry } from './obligations';
export { rootCauseCatalogueSchema, rootCauseEntrySchema, type RootCauseEntry } from './root-causes';

/** The catalogues, as read from `graph-seed/catalogues/*.yaml`. */
export interface Catalogues {
  actors: ActorEntry[];
  instruments: InstrumentEntry[];
  rootCauses: RootCauseEntry[];
  obligations: ObligationEntry[];
  /** Root causes: words presenting a source of vulnerability or risk (root-causes.yaml `riskCues`). */
  riskCues?: string[];
  /** Specific measures recommendations call for, with the verb classes of their frames. */
  measures: MeasureCatalogue;
}
export { frameSchema, type FrameEntry, ROLES } from './meaning';
