import { canonicalBundle } from './bundle/canonical';
import { validateBundle } from './bundle/file';
import type { GraphBundle } from './bundle/schema';
import { readCatalogues } from './io/catalogues';
import { readCorpus } from './io/corpus';
import { type PipelineEvents, runPipeline } from './pipeline';
import { graphOf } from './products';
import type { DocumentState, SeedState } from './types';

export interface BuildOptions extends PipelineEvents {
  corpusDir?: string;
  catalogueDir?: string;
  onDocument?: (doc: DocumentState) => void;
}

/** Reads the corpus and catalogues (the I/O edge), runs the pipeline, returns the validated bundle. */
export async function buildGraph(
  options: BuildOptions = {},
): Promise<{ bundle: GraphBundle; state: SeedState }> {
  const [documents, catalogues] = await Promise.all([
    readCorpus(options.corpusDir, options.onDocument),
    readCatalogues(options.catalogueDir),
  ]);
  const state = runPipeline(documents, catalogues, options);
  // The canonical bundle itself, once validated, not the validator's copy of it (the same
  // content: the schema transforms nothing): a large graph is then not held twice.
  const bundle = canonicalBundle(graphOf(state));
  validateBundle(bundle, options.corpusDir ?? 'corpus');
  return { bundle, state };
}

/** The graph bundle of the vendored corpus (or another corpus folder), built in-process. */
export async function buildBundle(options: BuildOptions = {}): Promise<GraphBundle> {
  return (await buildGraph(options)).bundle;
}
