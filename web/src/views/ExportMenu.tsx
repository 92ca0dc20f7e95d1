import type { Core } from 'cytoscape';
import { useState } from 'react';
import { download, pngOf, svgOf } from '../export/download';
import { toBundle, toCSV, toGraphML } from '../export/formats';
import type { ViewGraph } from '../graph/compose';

type Format = 'png' | 'svg' | 'json' | 'graphml' | 'csv';

/** Export of exactly what is drawn: images from the canvas, data from the composed view. */
export function ExportMenu({ cy, view }: { cy: Core | null; view: ViewGraph }) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (format: Format) => {
    setProblem(null);
    try {
      switch (format) {
        case 'png':
          if (cy) download('atlas-view.png', pngOf(cy), 'image/png');
          return;
        case 'svg':
          if (cy) download('atlas-view.svg', await svgOf(cy), 'image/svg+xml');
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
    <fieldset className="export" aria-label="Export the current view">
      <legend>Export:</legend>
      {(['png', 'svg', 'json', 'graphml', 'csv'] as const).map((format) => (
        <button key={format} type="button" disabled={empty} onClick={() => void run(format)}>
          {format === 'json' ? 'JSON' : format === 'graphml' ? 'GraphML' : format.toUpperCase()}
        </button>
      ))}
      {problem && <span role="alert">{problem}</span>}
    </fieldset>
  );
}
