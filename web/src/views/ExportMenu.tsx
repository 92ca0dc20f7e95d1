import type { Core } from 'cytoscape';
import { useState } from 'react';
import { download, svgOf } from '../export/download';
import {
  FIGURE_SCALE,
  type Frame,
  framedPng,
  pngFigure,
  svgFigure,
  withoutPlaceholders,
} from '../export/figure';
import { toBundle, toCSV, toGraphML } from '../export/formats';
import type { LegendEntry } from '../graph/colouring';
import type { ViewGraph } from '../graph/compose';

type Format = 'png' | 'svg' | 'json' | 'graphml' | 'csv';

/** Export of exactly what is drawn: framed figures from the canvas, data from the composed view. */
export function ExportMenu({
  cy,
  picture,
  view,
  title,
  colourLegend,
}: {
  cy: Core | null;
  /** Where another canvas draws the view (the whole graph's overview): its picture for the PNG. */
  picture?: ((scale: number) => string) | null;
  view: ViewGraph;
  title: string;
  colourLegend: readonly LegendEntry[];
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const frame = (): Frame => ({
    title,
    colours: colourLegend,
    kinds: [...new Set(view.nodes.map((n) => n.label))],
    source: `Source: Obligation Atlas (${window.location.host}), ${new Date().toISOString().slice(0, 10)}; ${view.nodes.length} nodes, ${view.edges.length} links from the UN documents on trafficking in women and girls.`,
  });
  const run = async (format: Format) => {
    setProblem(null);
    try {
      switch (format) {
        case 'png':
          if (cy) download('atlas-view.png', await pngFigure(cy, frame()), 'image/png');
          else if (picture)
            download('atlas-view.png', await framedPng(picture(FIGURE_SCALE), frame()), 'image/png');
          return;
        case 'svg':
          if (cy) {
            const { svg, width, height } = await withoutPlaceholders(cy, () => svgOf(cy));
            download('atlas-view.svg', svgFigure(svg, width, height, frame()), 'image/svg+xml');
          }
          return;
        case 'json':
          download('atlas-view.json', toBundle(view), 'application/json');
          return;
        case 'graphml':
          download('atlas-view.graphml', toGraphML(view), 'application/graphml+xml');
          return;
        case 'csv':
          download('atlas-view.csv', toCSV(view), 'text/csv');
          return;
      }
    } catch (error) {
      setProblem(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const empty = view.nodes.length === 0;
  return (
    <details className="drawer export">
      <summary>Export</summary>
      <fieldset className="drawer-body">
        <legend className="visually-hidden">Export the current view</legend>
        {(['png', 'svg', 'json', 'graphml', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            // A figure needs a canvas that can give its picture: the overview has no vector drawing,
            // and a WebGL one cannot be read back.
            disabled={empty || (format === 'svg' && !cy) || (format === 'png' && !cy && !picture)}
            onClick={() => void run(format)}
          >
            {format === 'json' ? 'JSON' : format === 'graphml' ? 'GraphML' : format.toUpperCase()}
          </button>
        ))}
        {problem && <span role="alert">{problem}</span>}
      </fieldset>
    </details>
  );
}
