// A bundle ×N made from the ×1 bundle without seeding: every document-owned node (Document,
// Provision, Recommendation: their ids carry the document slug) is copied N-1 times under a new
// document slug `<slug>-x<k>`, with every relationship touching one; catalogue nodes (actors,
// instruments, obligations, causes) stay shared, as they would in a larger real corpus. Used for the
// Neo4j load and store start-up at ×100 when seeding ×100 would not fit the bench's time budget.
import type { BundleNode, BundleRelationship, GraphBundle } from '@atlas/graph-seed/bundle';

const OWNED = /^(doc|prov|rec):([^:]+)(.*)$/;

function renamer(k: number): (id: string) => string {
  return (id) => {
    const m = OWNED.exec(id);
    return m ? `${m[1]}:${m[2]}-x${k}${m[3]}` : id;
  };
}

const owned = (id: string): boolean => OWNED.test(id);

function renameValue(value: unknown, rename: (id: string) => string): unknown {
  if (typeof value === 'string') return owned(value) ? rename(value) : value;
  if (Array.isArray(value)) return value.map((v) => renameValue(v, rename));
  return value;
}

function copyProps(props: Record<string, unknown>, k: number, rename: (id: string) => string) {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(props)) {
    if (key === 'documentId' && typeof v === 'string') out[key] = owned(v) ? rename(v) : `${v}-x${k}`;
    else if (key === 'symbol' && typeof v === 'string') out[key] = `${v}/X${k}`;
    else out[key] = renameValue(v, rename);
  }
  return out;
}

export function scaleBundle(bundle: GraphBundle, factor: number): GraphBundle {
  const nodes: BundleNode[] = [...bundle.nodes];
  const relationships: BundleRelationship[] = [...bundle.relationships];
  const ownedNodes = bundle.nodes.filter((n) => owned(n.id));
  const ownedRels = bundle.relationships.filter((r) => owned(r.start) || owned(r.end));
  for (let k = 1; k < factor; k++) {
    const rename = renamer(k);
    for (const n of ownedNodes) {
      nodes.push({ ...n, id: rename(n.id), properties: copyProps(n.properties, k, rename) } as BundleNode);
    }
    for (const r of ownedRels) {
      relationships.push({
        ...r,
        start: rename(r.start),
        end: rename(r.end),
        properties: copyProps(r.properties, k, rename),
      } as BundleRelationship);
    }
  }
  return { ...bundle, nodes, relationships };
}
