// Segmenter for resolutions: unnumbered preambular paragraphs (pp1, pp2, …), each opening on an
// indented line with a capitalised participle after the previous one closed with a comma, then
// the numbered operative paragraphs.
import type { ProvisionBuilder, Unit } from './builder';
import { SectionPath } from './headings';
import { segmentNumbered } from './numbered';

/** The enacting formula that opens the preamble: "The General Assembly,". */
const ENACTING = /^The [\p{Lu}][\p{L} ,-]*,$/u;
const FIRST_OPERATIVE = /^1[.,]\s+\p{Lu}/u;

/** Splits a resolution into preambular and operative provisions. */
export function segmentResolution(lines: readonly string[], b: ProvisionBuilder): void {
  const enacting = lines.findIndex((l) => ENACTING.test(l.trim()));
  const operative = lines.findIndex((l, i) => i > enacting && FIRST_OPERATIVE.test(l.trim()));
  const end = operative < 0 ? lines.length : operative;
  let pp: Unit | undefined;
  let count = 0;
  for (let i = enacting + 1; i < end; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (t === '') continue;
    const closed = pp === undefined || /[,;]$/.test(pp.texts[pp.texts.length - 1]?.trim() ?? '');
    if (closed && /^\s+\p{Lu}/u.test(line)) {
      count++;
      pp = b.open(`pp${count}`, 'preamble', '');
    }
    if (pp) b.add(pp, i);
  }
  if (operative >= 0)
    segmentNumbered(lines, b, { kind: 'operative', from: operative, section: new SectionPath() });
}
