import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import { useMemo, useState } from 'react';
import { COLUMNS, type Flow, type FlowLink, type FlowNode } from './flow';

const COLUMN_COLOURS = ['#56B4E9', '#9ad0f0', '#009E73', '#0072B2', '#CC79A7'];
const WIDTH = 1120;
const LABEL_ROOM = 230;
/** Longer names are cut on the diagram (the band's tooltip and the table keep them whole). */
const LABEL_CHARS = 34;
const cut = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

type Laid = { x0: number; x1: number; y0: number; y1: number; key: string; name: string; column: number };

export interface Band {
  title: string;
  recommendations: ReadonlySet<string>;
  /** The chain table's rows behind the band (a recommendation under the band's obligations only). */
  rows: ReadonlySet<string>;
}

/**
 * The chains as a Sankey diagram (d3-sankey): instrument → article → obligation → document → actor,
 * each band as wide as the recommendations behind it. Every node is labelled; every band has a name
 * (hover shows it, the keyboard reaches it) and a click on it lists its recommendations below.
 */
export function ChainSankey({
  flow,
  chosen,
  onChoose,
}: {
  flow: Flow;
  chosen: Band | null;
  onChoose: (band: Band | null) => void;
}) {
  const [hover, setHover] = useState<string | null>(null);
  const perColumn = Math.max(...COLUMNS.map((_, i) => flow.nodes.filter((n) => n.column === i).length), 1);
  const height = Math.max(360, perColumn * 30);
  const laid = useMemo(() => {
    const layout = sankey<FlowNode, FlowLink & { value: number }>()
      .nodeId((n) => n.key)
      .nodeWidth(12)
      .nodePadding(14)
      .nodeSort(null)
      .extent([
        [LABEL_ROOM / 2, 24],
        [WIDTH - LABEL_ROOM, height - 8],
      ]);
    return layout({
      nodes: flow.nodes.map((n) => ({ ...n })),
      links: flow.links.map((l) => ({ ...l, value: l.recommendations.size })),
    });
  }, [flow, height]);
  const names = new Map(flow.nodes.map((n) => [n.key, n.name]));
  const path = sankeyLinkHorizontal();
  const bandTitle = (l: FlowLink) =>
    `${names.get(l.source)} → ${names.get(l.target)}: ${l.recommendations.size} recommendation${l.recommendations.size === 1 ? '' : 's'}`;
  return (
    <div className="sankey-box">
      <svg
        className="sankey"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        aria-labelledby="sankey-title"
      >
        <title id="sankey-title">Chains as a flow: instrument, article, obligation, document, actor</title>
        {COLUMNS.map((title, i) => {
          const x = laid.nodes.find((n) => n.column === i)?.x0;
          return x === undefined ? null : (
            <text key={title} x={x} y={14} className="sankey-column">
              {title}
            </text>
          );
        })}
        <g fill="none">
          {laid.links.map((l) => {
            const link = l as unknown as FlowLink & { width: number; source: Laid; target: Laid };
            const original = { ...link, source: link.source.key, target: link.target.key };
            const key = `${original.source}→${original.target}`;
            const title = bandTitle(original);
            const on = hover === key || chosen?.title === title;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG band cannot be a <button>; it has the role and keys of one.
              <path
                key={key}
                className={`sankey-link${on ? ' on' : ''}`}
                d={path(l as never) ?? ''}
                stroke={COLUMN_COLOURS[link.source.column] ?? '#999'}
                strokeWidth={Math.max(1, link.width)}
                role="button"
                tabIndex={0}
                aria-label={title}
                aria-pressed={chosen?.title === title}
                onMouseEnter={() => setHover(key)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => setHover(key)}
                onBlur={() => setHover(null)}
                onClick={() =>
                  onChoose({ title, recommendations: original.recommendations, rows: original.rows })
                }
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onChoose({ title, recommendations: original.recommendations, rows: original.rows });
                }}
              >
                <title>{title}</title>
              </path>
            );
          })}
        </g>
        {laid.nodes.map((n) => {
          const node = n as unknown as Laid & FlowNode;
          const label = `${cut(node.name)} (${node.recommendations.size})`;
          return (
            <g key={node.key} className="sankey-node">
              <rect
                x={node.x0}
                y={node.y0}
                width={node.x1 - node.x0}
                height={Math.max(1, node.y1 - node.y0)}
                fill={COLUMN_COLOURS[node.column] ?? '#999'}
                stroke="#1f2328"
                strokeWidth={0.5}
              >
                <title>{`${COLUMNS[node.column]}: ${node.name} (${node.recommendations.size})`}</title>
              </rect>
              <text x={node.x1 + 6} y={(node.y0 + node.y1) / 2} dy="0.35em" className="sankey-label">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
