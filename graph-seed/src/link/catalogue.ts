import type { Catalogues } from '../catalogue';
import type { DiscoveredEntity } from '../types';
import type { GraphBuilder } from './graph-builder';

/** Every catalogue entry becomes a node, whether or not the corpus names it; then discovered entities. */
export function linkCatalogueNodes(
  g: GraphBuilder,
  c: Catalogues,
  discovered: Iterable<DiscoveredEntity>,
): void {
  for (const a of c.actors)
    g.addNode(`actor:${a.id}`, 'Actor', { name: a.name, kind: a.kind, aliases: a.aliases });
  for (const i of c.instruments) {
    g.addNode(`inst:${i.id}`, 'Instrument', {
      name: i.name,
      shortName: i.shortName,
      kind: i.kind,
      year: i.year,
      // the names the texts use for it ("Palermo Protocol"), so that search finds it by them
      aliases: i.aliases,
    });
  }
  for (const r of c.rootCauses)
    g.addNode(`cause:${r.id}`, 'RootCause', { name: r.name, description: r.description });
  for (const o of c.obligations) {
    g.addNode(`obl:${o.id}`, 'Obligation', { name: o.name, description: o.description });
  }
  for (const d of [...discovered].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    g.addNode(d.id, d.label, { ...d.properties, name: String(d.properties.name ?? d.id) });
  }
}

/**
 * Relations the catalogues state: SUPPLEMENTS, ARISES_FROM and BINDS.
 * Their evidence is the provisions where the corpus itself shows the link: for ARISES_FROM, those
 * stating the obligation and citing the instrument; for BINDS, those stating it and naming the actor.
 */
export function linkCatalogueRelations(
  g: GraphBuilder,
  c: Catalogues,
  statedIn: Map<string, Set<string>>,
  cites: Map<string, Set<string>>,
  mentions: Map<string, Set<string>>,
): void {
  const both = (a: Set<string> | undefined, b: Set<string> | undefined) =>
    a && b ? [...a].filter((x) => b.has(x)) : [];
  for (const i of c.instruments) {
    if (i.supplements)
      g.addRelationship('SUPPLEMENTS', `inst:${i.id}`, `inst:${i.supplements}`, 'catalogue', []);
  }
  for (const o of c.obligations) {
    const obl = `obl:${o.id}`;
    for (const basis of o.legalBasis) {
      const inst = `inst:${basis.instrument}`;
      if (!g.hasNode(inst)) continue;
      const evidence = both(statedIn.get(obl), cites.get(inst));
      g.addRelationship(
        'ARISES_FROM',
        obl,
        inst,
        'catalogue',
        evidence,
        { article: basis.article },
        basis.article,
      );
    }
    for (const actor of o.binds) {
      const id = `actor:${actor}`;
      if (g.hasNode(id))
        g.addRelationship('BINDS', obl, id, 'catalogue', both(statedIn.get(obl), mentions.get(id)));
    }
  }
}
