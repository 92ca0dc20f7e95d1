// What a graphql-jit compilation would weigh: fields selected with fragments spread, so that the
// document cache budgets it and an operation too large to compile is interpreted instead.
import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  COMPILED_FIELD_BYTES,
  compilable,
  compiledBytes,
  JIT_MAX_FIELDS,
  selectedFieldCount,
} from '../../server/src/graphql/compile-weight';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { startApi } from './harness';

const operation = (document: DocumentNode, i = 0) =>
  document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)[i] as OperationDefinitionNode;

/** One alias of introspection selecting 16 fields. */
const typesSelection = (alias: string) =>
  `${alias}: __schema { types { name kind description fields { name description type { name kind ofType { name kind } } args { name type { name } } } enumValues { name } } }`;

describe('compile weight', () => {
  it('counts a fragment once per place it is spread, inline fragments not at all', () => {
    const document = parse(
      'query { a: stats { ...S } b: stats { ...S ... on Stats { nodes } } } fragment S on Stats { nodes edges }',
    );
    // a, b, their spreads (2 fields each), and the inline fragment's one field
    expect(selectedFieldCount(document, operation(document), 1_000)).toBe(2 + 2 * 2 + 1);
  });

  it('stops counting once past its limit', () => {
    const document = parse(
      `{ ${Array.from({ length: 50 }, (_, i) => `s${i}: stats { nodes edges }`).join(' ')} }`,
    );
    const count = selectedFieldCount(document, operation(document), 10);
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(20);
  });

  it('weighs only the operations it would compile, per selected field', () => {
    const small = 'query Small { stats { nodes edges } }';
    const large = `query Large { ${Array.from({ length: 20 }, (_, i) => typesSelection(`t${i}`)).join(' ')} }`;
    const document = parse(`${small} ${large}`);
    expect(compilable(document, operation(document, 0))).toBe(true);
    expect(compilable(document, operation(document, 1))).toBe(false);
    expect(selectedFieldCount(document, operation(document, 1), 1e6)).toBeGreaterThan(JIT_MAX_FIELDS);
    expect(compiledBytes(document)).toBe(3 * COMPILED_FIELD_BYTES);
  });

  it('answers an operation too large to compile as it answers its parts, every time it is asked', async () => {
    const api = await startApi(new MemoryGraphStore(miniBundle()));
    try {
      const one = await api.data(`{ ${typesSelection('t')} }`);
      const large = `{ ${Array.from({ length: 20 }, (_, i) => typesSelection(`t${i}`)).join(' ')} }`;
      for (let round = 0; round < 3; round++) {
        const answer = await api.data(large);
        expect(Object.keys(answer)).toHaveLength(20);
        for (const value of Object.values(answer)) expect(value).toEqual(one.t);
      }
    } finally {
      await api.close();
    }
  });
});
