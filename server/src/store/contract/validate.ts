// Argument checks shared by both stores, so bad input fails the same way (INVALID_ARGUMENT) on each,
// before any query text is built: labels and relationship types become Cypher text, so they are
// checked against the fixed enums here.
import { NODE_LABELS, type NodeLabel, RELATIONSHIP_TYPES, type RelationshipType } from '../bundle';
import type { Direction } from '../graph-store';
import { invalidArgument } from '../store-error';

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

export const isNodeLabel = (value: string): value is NodeLabel => LABELS.has(value);
export const isRelationshipType = (value: string): value is RelationshipType => TYPES.has(value);

export function checkLabel(value: string): NodeLabel {
  if (!isNodeLabel(value)) throw invalidArgument(`unknown label: ${value}`);
  return value;
}

export const checkLabels = (values: readonly string[] | undefined): NodeLabel[] | undefined =>
  values === undefined ? undefined : values.map(checkLabel);

export function checkType(value: string): RelationshipType {
  if (!isRelationshipType(value)) throw invalidArgument(`unknown relationship type: ${value}`);
  return value;
}

/** undefined → every type. An empty list is rejected: it could only ever match nothing. */
export function checkTypes(values: readonly string[] | undefined): RelationshipType[] {
  if (values === undefined) return [...RELATIONSHIP_TYPES];
  if (values.length === 0) throw invalidArgument('types must not be empty');
  return [...new Set(values.map(checkType))].sort();
}

export function checkDirection(value: string | undefined): Direction {
  const direction = value ?? 'both';
  if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
    throw invalidArgument(`unknown direction: ${direction}`);
  }
  return direction;
}

export function checkInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument(`${name} must be an integer in ${min}..${max}`);
  }
  return value;
}

export function checkScore(name: string, value: number | undefined): number {
  const score = value ?? 0;
  if (!Number.isFinite(score) || score < 0 || score > 1) throw invalidArgument(`${name} must be in 0..1`);
  return score;
}

const MAX_ID_LENGTH = 500;

export function checkId(value: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw invalidArgument('an id must be a non-empty string');
  if (value.length > MAX_ID_LENGTH) {
    throw invalidArgument(
      `an id is at most ${MAX_ID_LENGTH} characters; this one is ${value.length} (too long)`,
    );
  }
  return value;
}

/** "x is not an Actor" / "x is not a Document": the message for an id of another label. */
export const notA = (id: string, label: string): string =>
  `${id} is not ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

export function checkIds(values: readonly string[], max = 10_000): string[] {
  if (values.length > max) throw invalidArgument(`at most ${max} ids`);
  return values.map(checkId);
}

export function checkPropertyKey(key: string): string {
  if (!PROPERTY_KEY.test(key)) throw invalidArgument(`bad property name: ${key}`);
  return key;
}

/** Cursors are opaque to clients: base64url of the last id. */
export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id.length === 0 || encodeCursor(id) !== cursor) throw invalidArgument('bad cursor');
  return id;
}

export { LIMITS } from './limits';
