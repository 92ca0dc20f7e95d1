// Development scorer of SIMILAR_TO: link count, recall on a blind recall annotation, and, for every
// link of the judged precision samples that the bundle still holds, the tally genuine / partial / false
// (precision on the judged links that survive; the judged links now gone are counted apart).
//   npx tsx bench/overlap/precision.ts [graph.json] [--by basis|measures]
// The samples are development data once read: track aggregates, never tune toward a pair.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { GraphBundle } from '@atlas/graph-seed/bundle';

type Judgement = 'genuine' | 'partial' | 'false';
interface Judged {
  a: string;
  b: string;
  judgement: Judgement;
}

const samples = [
  'test/fixtures/overlap/blind-precision.jsonl',
  'test/fixtures/overlap/blind-precision-2.jsonl',
  'test/fixtures/overlap/blind-precision-3.jsonl',
  'test/fixtures/overlap/blind-precision-4.jsonl',
  'test/fixtures/overlap/blind-precision-5.jsonl',
  'test/fixtures/overlap/blind-precision-6.jsonl',
  'test/fixtures/overlap/blind-precision-7.jsonl',
  'test/fixtures/overlap/blind-precision-8.jsonl',
  'test/fixtures/overlap/blind-precision-9.jsonl',
  'test/fixtures/overlap/blind-precision-10.jsonl',
  'test/fixtures/overlap/blind-precision-11.jsonl',
  'test/fixtures/overlap/blind-precision-12.jsonl',
  'test/fixtures/overlap/blind-precision-13.jsonl',
  'test/fixtures/overlap/blind-precision-14.jsonl',
  'test/fixtures/overlap/blind-precision-15.jsonl',
];
const args = process.argv.slice(2);
const bundlePath = args.find((a) => a.endsWith('.json')) ?? 'graph.json';
const byIndex = args.indexOf('--by');
const by = byIndex >= 0 ? args[byIndex + 1] : undefined;

const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as GraphBundle;
const links = bundle.relationships.filter((r) => r.type === 'SIMILAR_TO');
const linkOf = new Map<string, (typeof links)[number]>();
for (const l of links) {
  linkOf.set(`${l.start}|${l.end}`, l);
  linkOf.set(`${l.end}|${l.start}`, l);
}

const recall = execFileSync(
  'npx',
  ['tsx', 'bench/overlap/recall.ts', 'test/fixtures/overlap/blind-recall.jsonl', bundlePath],
  { encoding: 'utf8' },
);
console.log(`links ${links.length}`);
for (const line of recall.split('\n')) if (line.startsWith('recall')) console.log(line);

const ratio = (x: number, n: number) => (n === 0 ? 'n/a' : (x / n).toFixed(3));
const total = { genuine: 0, partial: 0, false: 0, gone: 0, judged: 0 };
const groups = new Map<string, Record<Judgement, number>>();
for (const file of samples) {
  const judged = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Judged);
  const t = { genuine: 0, partial: 0, false: 0, gone: 0 };
  for (const j of judged) {
    const link = linkOf.get(`${j.a}|${j.b}`);
    if (!link) {
      t.gone++;
      continue;
    }
    t[j.judgement]++;
    if (by) {
      const v = (link.properties as Record<string, unknown>)[by];
      const key = Array.isArray(v) ? v.join('+') || '-' : String(v);
      const g = groups.get(key) ?? { genuine: 0, partial: 0, false: 0 };
      g[j.judgement]++;
      groups.set(key, g);
    }
  }
  const kept = t.genuine + t.partial + t.false;
  console.log(
    `${file.split('/').pop()}: ${judged.length} judged, ${kept} still linked ${t.genuine}G/${t.partial}P/${t.false}F` +
      ` (genuine ${ratio(t.genuine, kept)}, genuine or partial ${ratio(t.genuine + t.partial, kept)}), ${t.gone} gone`,
  );
  total.genuine += t.genuine;
  total.partial += t.partial;
  total.false += t.false;
  total.gone += t.gone;
  total.judged += judged.length;
}
const kept = total.genuine + total.partial + total.false;
console.log(
  `all samples: ${total.judged} judged, ${kept} still linked ${total.genuine}G/${total.partial}P/${total.false}F` +
    ` (genuine ${ratio(total.genuine, kept)}, genuine or partial ${ratio(total.genuine + total.partial, kept)}), ${total.gone} gone`,
);
if (by)
  for (const [key, g] of [...groups].sort((x, y) => x[0].localeCompare(y[0])))
    console.log(`  ${by} ${key}: ${g.genuine}G/${g.partial}P/${g.false}F`);
