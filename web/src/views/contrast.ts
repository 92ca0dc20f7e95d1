/**
 * WCAG 2 contrast for the heatmap's cell text: the relative luminance of an `hsl()` colour, and the
 * text colour (white or near-black) with the higher contrast ratio on it.
 */
// Black, not the page's near-black: on the mid blues only black reaches 4.5:1 where white falls short.
const DARK = '#000000';

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function luminance(colour: string): number {
  const hsl = /hsl\(\s*([\d.]+)\s+([\d.]+)%\s+([\d.]+)%/.exec(colour);
  let rgb: [number, number, number];
  if (hsl) rgb = hslToRgb(Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100);
  else {
    const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(colour);
    if (!hex) return 1;
    rgb = [hex[1], hex[2], hex[3]].map((x) => Number.parseInt(x as string, 16) / 255) as [
      number,
      number,
      number,
    ];
  }
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

export const textOn = (background: string): string =>
  contrastRatio(background, '#ffffff') >= contrastRatio(background, DARK) ? '#ffffff' : DARK;
