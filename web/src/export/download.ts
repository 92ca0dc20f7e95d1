import cytoscape, { type Core } from 'cytoscape';

export function download(name: string, content: Blob | string, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function pngOf(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

let svgRegistered = false;

/** cytoscape-svg is loaded on first use, to keep it out of the main bundle. */
export async function svgOf(cy: Core): Promise<string> {
  const { default: svg } = await import('cytoscape-svg');
  if (!svgRegistered) cytoscape.use(svg);
  svgRegistered = true;
  return (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({
    full: true,
    bg: '#ffffff',
  });
}
