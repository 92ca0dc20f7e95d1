// Recall of SIMILAR_TO on a reader's annotation: for each annotated recommendation, the share of
// its genuine (and of its genuine-or-partial) overlaps that the bundle links, and the link count.
//   npx tsx bench/overlap/recall.ts [annotation.jsonl] [graph.json]
// An annotated `other` that is a chapeau (a provision with sub-items, not itself a recommendation)
// counts as found when any of its sub-items is linked.
import { readFileSync } from 'node:fs';
import type { GraphBundle } from '@atlas/graph-seed/bundle';

interface Annotated {
  id: string;
  overlaps: Array<{ other: string; judgement: 'genuine' | 'partial' }>;
}

const [file = 'test/fixtures/overlap/blind-recall.jsonl', bundlePath = 'graph.json'] = process.argv.slice(2);
const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as GraphBundle;
const annotated = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Annotated);

const recs = new Set(bundle.nodes.filter((n) => n.labels[0] === 'Recommendation').map((n) => n.id));
const subItems = new Map<string, string[]>();
for (const r of bundle.relationships) {
  if (r.type !== 'PART_OF') continue;
  const rec = `rec:${r.start.slice('prov:'.length)}`;
  const parent = `rec:${r.end.slice('prov:'.length)}`;
  if (recs.has(rec)) subItems.set(parent, [...(subItems.get(parent) ?? []), rec]);
}
const links = bundle.relationships.filter((r) => r.type === 'SIMILAR_TO');
const linked = new Set(links.flatMap((r) => [`${r.start}|${r.end}`, `${r.end}|${r.start}`]));
const as = (id: string) => (recs.has(id) ? [id] : (subItems.get(id) ?? [id]));
const found = (a: string, b: string) => as(a).some((x) => as(b).some((y) => linked.has(`${x}|${y}`)));

let genuine = 0;
let genuineFound = 0;
let any = 0;
let anyFound = 0;
const missed: string[] = [];
for (const a of annotated) {
  for (const o of a.overlaps) {
    const hit = found(a.id, o.other);
    any++;
    if (hit) anyFound++;
    if (o.judgement === 'genuine') {
      genuine++;
      if (hit) genuineFound++;
      else missed.push(`${a.id} ~ ${o.other}`);
    }
  }
}
const ratio = (x: number, n: number) => (n === 0 ? 'n/a' : (x / n).toFixed(3));
console.log(`annotation ${file}: ${annotated.length} recommendations`);
console.log(`recall genuine ${genuineFound}/${genuine} = ${ratio(genuineFound, genuine)}`);
console.log(`recall genuine or partial ${anyFound}/${any} = ${ratio(anyFound, any)}`);
console.log(`links ${links.length}`);
if (process.argv.includes('--missed')) for (const m of missed) console.log(`missed ${m}`);
