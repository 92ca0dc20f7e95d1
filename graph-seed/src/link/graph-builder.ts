import type { GraphBundle, NodeLabel, PropertyValue, RelationshipType } from '../bundle/schema';
import { sortSpanRefs } from '../bundle/span-ref';
import type { Method } from '../types';

type Props = Record<string, PropertyValue | undefined>;

const clean = (p: Props): Record<string, PropertyValue> =>
  Object.fromEntries(Object.entries(p).filter((e): e is [string, PropertyValue] => e[1] !== undefined));

interface RelDraft {
  type: RelationshipType;
  start: string;
  end: string;
  method: Method;
  evidence: Set<string>;
  spans: Set<string>;
  extra: Record<string, PropertyValue>;
}

/**
 * Accumulates nodes and relationships. A relationship is one per (type, start, end[, key]):
 * adding it again merges the evidence (and the span refs of the words it rests on), so an edge
 * found in three paragraphs lists all three.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, { label: NodeLabel; properties: Record<string, PropertyValue> }>();
  private readonly rels = new Map<string, RelDraft>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a node; a second add of the same id keeps the first (catalogue data wins over discovery). */
  addNode(id: string, label: NodeLabel, properties: Props): void {
    if (!this.nodes.has(id)) this.nodes.set(id, { label, properties: clean(properties) });
  }

  addRelationship(
    type: RelationshipType,
    start: string,
    end: string,
    method: Method,
    evidence: readonly string[],
    extra: Props = {},
    key = '',
    spans: readonly string[] = [],
  ): void {
    const id = `${type}|${start}|${end}|${key}`;
    const existing = this.rels.get(id);
    if (existing) {
      for (const e of evidence) existing.evidence.add(e);
      for (const s of spans) existing.spans.add(s);
      return;
    }
    this.rels.set(id, {
      type,
      start,
      end,
      method,
      evidence: new Set(evidence),
      spans: new Set(spans),
      extra: clean(extra),
    });
  }

  /** Adds a relationship recognised in words, with the span refs of those words (merged like evidence). */
  addRecognised(
    type: RelationshipType,
    start: string,
    end: string,
    method: Method,
    evidence: readonly string[],
    spans: readonly string[],
  ): void {
    this.addRelationship(type, start, end, method, evidence, {}, '', spans);
  }

  toBundle(): GraphBundle {
    return {
      format: 'graph-bundle',
      version: 1,
      nodes: [...this.nodes].map(([id, n]) => ({ id, labels: [n.label], properties: n.properties })),
      relationships: [...this.rels.values()].map((r) => ({
        type: r.type,
        start: r.start,
        end: r.end,
        properties: {
          ...r.extra,
          method: r.method,
          evidence: [...r.evidence].sort(),
          ...(r.spans.size > 0 ? { spans: sortSpanRefs(r.spans) } : {}),
        },
      })),
    };
  }
}
