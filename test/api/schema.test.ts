// The SDL is the contract the explorer reads: it builds with the resolvers, and every type and field
// says what it is.
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema';

describe('schema', () => {
  const schema = createSchema();

  it('describes every type and every field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      // Duck-typed: graphql-tools builds the schema with graphql's CJS build, vitest loads the ESM one.
      if ('getFields' in type && typeof type.getFields === 'function') {
        const fields = Object.values(
          type.getFields() as Record<string, { name: string; description?: string | null }>,
        );
        for (const field of fields) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no mutation or subscription root', () => {
    expect([schema.getMutationType(), schema.getSubscriptionType()]).toEqual([undefined, undefined]);
  });
});
