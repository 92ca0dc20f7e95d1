// Shape tests read from a type's printed form and members (type-shape.ts), so they hold across
// graphql's CJS and ESM builds.
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasFields, isList } from '../../server/src/graphql/type-shape';

const Node = new GraphQLObjectType({ name: 'Node', fields: { id: { type: GraphQLString } } });

describe('type shape', () => {
  it('calls a list a list whatever its nullability, and nothing else a list', () => {
    expect(isList(new GraphQLList(GraphQLInt))).toBe(true);
    expect(isList(new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Node))))).toBe(true);
    expect(isList(new GraphQLNonNull(GraphQLString))).toBe(false);
    expect(isList(Node)).toBe(false);
  });

  it('gives the same answer when asked again about the same type object', () => {
    const list = new GraphQLNonNull(new GraphQLList(Node));
    const scalar = new GraphQLNonNull(GraphQLInt);
    for (let i = 0; i < 3; i++) {
      expect(isList(list)).toBe(true);
      expect(isList(scalar)).toBe(false);
    }
  });

  it('says an object type has fields behind its wrappers and a scalar has none', () => {
    expect(hasFields(new GraphQLNonNull(new GraphQLList(Node)))).toBe(true);
    expect(hasFields(new GraphQLList(GraphQLString))).toBe(false);
  });
});
