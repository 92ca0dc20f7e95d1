// A bundle as the CSV files `neo4j-admin database import full` reads: one node file per label, one
// relationship file per type, each with its own typed header, encoded as the online loader stores
// (neo4j/encoding.ts): nodes carry `id`, `_v`, `_g` and `_search`, a parallel relationship its rank
// `_k`; numbers as floats (what a JS number becomes over Bolt), ranks as integers. Written by hand:
// the format is a header and quoted fields, and the importer's own rules (quotes doubled, arrays
// joined by one delimiter, multi-line fields) are what matter here, not a general CSV writer's.
import { join } from 'node:path';
import type { GraphBundle, PropertyValue } from '../../bundle';
import { edgeRanks } from '../../contract/edge-id';
import { nodeRow, relationshipRow } from '../../neo4j/encoding';
import { groupBy } from '../load-steps';
import { BulkLoadError } from './bulk-error';
import { CsvWriter } from './csv-writer';

/** Joins array elements in a field; passed to the importer as --array-delimiter. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

// a header names its columns `key:type`: a key with other characters would not read back as itself
const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Kind = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]';

/** The column type of a value; an empty list fits either list type (it is set after the import). */
function kindOf(value: unknown): Kind | 'list' {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'list';
    return typeof value[0] === 'number' ? 'double[]' : 'string[]';
  }
  return 'string';
}

const notImportable = (why: string) =>
  new BulkLoadError('NOT_IMPORTABLE', `${why}: the CSV import cannot write it as the online loader does`);

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    // an empty field is no property: an empty list is set after the import
    if (value.length === 0) return '';
    for (const x of value) {
      if (x === '') throw notImportable('a list holds an empty string');
      if (String(x).includes(ARRAY_DELIMITER)) throw notImportable('a list element holds U+001F');
    }
    return quote(value.join(ARRAY_DELIMITER));
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/** An empty list the importer cannot write (an empty field is no property): set after the import. */
export type EmptyList =
  | { kind: 'node'; id: string; key: string }
  | { kind: 'relationship'; type: string; start: string; end: string; k: number | null; key: string };

/** The columns of one file: every key its rows use, each with the one type all its values have. */
function columns(rows: ReadonlyArray<Record<string, unknown>>, where: string): Array<[string, Kind]> {
  const kinds = new Map<string, Kind | 'list'>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) {
      if (!PROPERTY_KEY.test(key)) throw notImportable(`property name ${JSON.stringify(key)} of ${where}`);
      const kind = kindOf(value);
      const known = kinds.get(key);
      if (known === undefined || known === 'list') {
        if (known === 'list' && !kind.endsWith('[]') && kind !== 'list')
          throw notImportable(`property ${key} of ${where} is both a list and a ${kind}`);
        if (known === undefined || kind !== 'list') kinds.set(key, kind);
      } else if (kind !== known && !(kind === 'list' && known.endsWith('[]')))
        throw notImportable(`property ${key} of ${where} is both ${known} and ${kind}`);
    }
  return [...kinds].map(([key, kind]) => [key, kind === 'list' ? 'string[]' : kind]);
}

const header = (cols: Array<[string, Kind]>) => cols.map(([k, t]) => (t === 'string' ? k : `${k}:${t}`));

export interface ImportFiles {
  /** `--nodes=` and `--relationships=` arguments, label or type first. */
  args: string[];
  emptyLists: EmptyList[];
  /** Some field holds a line break: the importer must then read fields across lines, which is slower. */
  multiline: boolean;
}

/** Writes the files of `bundle` (as version `v` of `graph`) into `dir`. */
export function writeImportFiles(bundle: GraphBundle, graph: string, v: number, dir: string): ImportFiles {
  const args: string[] = [];
  const emptyLists: EmptyList[] = [];
  let multiline = false;
  const file = (name: string, head: string[], write: (csv: CsvWriter) => void): string => {
    const csv = new CsvWriter(join(dir, name));
    try {
      csv.record(head);
      write(csv);
    } finally {
      csv.close();
    }
    multiline ||= csv.multiline;
    return csv.path;
  };
  for (const [label, nodes] of groupBy(bundle.nodes, (n) => n.labels[0] as string)) {
    const rows = nodes.map((n) => {
      const { id, props } = nodeRow(n, graph);
      for (const [key, value] of Object.entries(props))
        if (Array.isArray(value) && value.length === 0) emptyLists.push({ kind: 'node', id, key });
      return props as Record<string, PropertyValue>;
    });
    const cols = columns(rows, label);
    const path = file(`nodes-${label}.csv`, ['id:ID', '_v:double', ...header(cols)], (csv) => {
      for (const [i, row] of rows.entries())
        csv.record([field(nodes[i]?.id), String(v), ...cols.map(([k]) => field(row[k]))]);
    });
    args.push(`--nodes=Node:${label}=${path}`);
  }
  const ranks = edgeRanks(bundle.relationships);
  const relsByType = groupBy(
    bundle.relationships.map((r, i) => ({ r, row: relationshipRow(r, ranks[i] as number) })),
    (x) => x.r.type as string,
  );
  for (const [type, rels] of relsByType) {
    const cols = columns(
      rels.map((x) => x.row.props),
      type,
    );
    const path = file(
      `relationships-${type}.csv`,
      [':START_ID', ':END_ID', '_k:long', ...header(cols)],
      (csv) => {
        for (const { r, row } of rels) {
          const k = row.k === null ? null : row.k.toNumber();
          for (const [key, value] of Object.entries(row.props))
            if (Array.isArray(value) && value.length === 0)
              emptyLists.push({ kind: 'relationship', type, start: r.start, end: r.end, k, key });
          csv.record([
            field(r.start),
            field(r.end),
            k === null ? '' : String(k),
            ...cols.map(([c]) => field(row.props[c])),
          ]);
        }
      },
    );
    args.push(`--relationships=${type}=${path}`);
  }
  return { args, emptyLists, multiline };
}
