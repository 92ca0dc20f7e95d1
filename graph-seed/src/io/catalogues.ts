import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import {
  actorCatalogueSchema,
  type Catalogues,
  instrumentCatalogueSchema,
  measureCatalogueSchema,
  obligationCatalogueSchema,
  rootCauseCatalogueSchema,
} from '../catalogue';
import { SeedError, SeedErrorCode } from '../errors';

/** The catalogues shipped with the project: `graph-seed/catalogues/`. */
export const DEFAULT_CATALOGUE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../catalogues');

// js-yaml rather than \`yaml\`: it reads the catalogues several times faster, and the seed reads
// them on every run. The YAML 1.2 core schema, as \`yaml\` reads by default: no dates, no merge keys.
const parse = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

async function readYaml<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  let data: unknown;
  try {
    data = parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new SeedError(
      SeedErrorCode.CATALOGUE_INVALID,
      path,
      `cannot read catalogue (${(e as Error).message})`,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedError(
      SeedErrorCode.CATALOGUE_INVALID,
      path,
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/** Reads the catalogues (one YAML file per kind) and checks them against their schemas. */
export async function readCatalogues(dir: string = DEFAULT_CATALOGUE_DIR): Promise<Catalogues> {
  const [a, i, r, o, m] = await Promise.all([
    readYaml(join(dir, 'actors.yaml'), actorCatalogueSchema),
    readYaml(join(dir, 'instruments.yaml'), instrumentCatalogueSchema),
    readYaml(join(dir, 'root-causes.yaml'), rootCauseCatalogueSchema),
    readYaml(join(dir, 'obligations.yaml'), obligationCatalogueSchema),
    readYaml(join(dir, 'measures.yaml'), measureCatalogueSchema),
  ]);
  return {
    actors: a.actors,
    instruments: i.instruments,
    rootCauses: r.rootCauses,
    obligations: o.obligations,
    riskCues: r.riskCues,
    measures: m,
  };
}
