/** The toolbar's hold on whichever canvas draws the view (cytoscape, or the WebGL overview). */
export interface CanvasControls {
  /** Zooms about the centre of the canvas: a factor above 1 zooms in. */
  zoomBy(factor: number): void;
  fit(): void;
  /** The drawing as a PNG data URI at the given scale; absent where the canvas cannot be read back (WebGL). */
  picture?: (scale: number) => string;
}
