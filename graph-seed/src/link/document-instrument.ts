import type { DocumentMeta } from '../types';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The instrument a document itself is (EMBODIES), named by the id rules of ONTOLOGY.md read off its
 * symbol: `A/RES/77/194` → `ga-res-77-194`, `CEDAW/C/GC/38` → `cedaw-gr38`, any other UN symbol
 * `A/71/223` → `report-a-71-223`; a document without a UN symbol is its own instrument id.
 */
export function documentInstrumentId(meta: DocumentMeta): string {
  const s = meta.symbol.trim();
  const res = /^A\/RES\/(\d+)\/(\d+)$/i.exec(s);
  if (res) return `inst:ga-res-${res[1]}-${res[2]}`;
  const sc = /^S\/RES\/(\d+)/i.exec(s);
  if (sc) return `inst:sc-res-${sc[1]}`;
  const gr = /^CEDAW\/C\/GC\/(\d+)$/i.exec(s);
  if (gr) return `inst:cedaw-gr${gr[1]}`;
  if (/^[A-Z]+(\/[A-Z0-9.]+)+$/i.test(s) && s.includes('/')) return `inst:report-${slug(s)}`;
  return `inst:${meta.id}`;
}
