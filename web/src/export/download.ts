import type { Core } from 'cytoscape';

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

let svgRegistered = false;

/** The canvas as SVG with its size; cytoscape-svg is loaded on first use, to keep it out of the main bundle. */
export async function svgOf(cy: Core): Promise<{ svg: string; width: number; height: number }> {
  const [{ default: cytoscape }, { default: svg }] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-svg'),
  ]);
  if (!svgRegistered) cytoscape.use(svg);
  svgRegistered = true;
  const text = (cy as Core & { svg(options: { full: boolean; bg: string }): string }).svg({
    full: true,
    bg: '#ffffff',
  });
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(text)?.[1] ?? cy.width());
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(text)?.[1] ?? cy.height());
  return { svg: text, width, height };
}
