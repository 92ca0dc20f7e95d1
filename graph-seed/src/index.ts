// Public face `@atlas/graph-seed`: build the graph bundle from a corpus. The bundle contract itself
// (vocabulary, schema, reader, writer) is `@atlas/graph-seed/bundle`, re-exported here for callers
// that build and write in one go.
export { buildBundle, buildGraph, type BuildOptions } from './build';
export * from './bundle/index';
export type { Catalogues, FrameEntry } from './catalogue';
export { DEFAULT_CORPUS_DIR, readCorpus } from './io/corpus';
export { DEFAULT_CATALOGUE_DIR, readCatalogues } from './io/catalogues';
export { checkStageOrder, STAGES, runPipeline } from './pipeline';
export { StageOrderError } from './products';
export {
  type ClauseFrame,
  clauseFrames,
  type DirectiveKind,
  type FrameVerb,
  type Role,
  type RoleSpan,
  type TextSpan,
} from './nlp/clause-frames';
export { bundleSummary } from './summary';
export type * from './types';
