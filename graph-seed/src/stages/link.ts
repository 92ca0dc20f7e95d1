import { GraphBuilder } from '../link/graph-builder';
import { linkCatalogueNodes, linkCatalogueRelations } from '../link/catalogue';
import { linkDocument } from '../link/documents';
import { type FactIndexes, linkFacts } from '../link/facts';
import type { Stage } from '../stage';

/** Builds the graph from what the earlier stages found: nodes, then relationships with evidence. */
export const link: Stage = {
  name: 'link',
  needs: ['provisions', 'actors', 'instruments', 'causes', 'obligations', 'recommendations'],
  gives: ['graph'],
  run(state) {
    const g = new GraphBuilder();
    linkCatalogueNodes(g, state.catalogues, state.discovered.values());
    const idx: FactIndexes = { statedIn: new Map(), cites: new Map(), mentions: new Map() };
    for (const doc of state.documents) linkDocument(g, doc);
    for (const doc of state.documents) linkFacts(g, doc, idx);
    linkCatalogueRelations(g, state.catalogues, idx.statedIn, idx.cites, idx.mentions);
    return { ...state, graph: g.toBundle() };
  },
};
