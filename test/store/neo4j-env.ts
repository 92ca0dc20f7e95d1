// Tests that need a real Neo4j read NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. In CI a missing Neo4j is a
// failure; locally those tests are skipped with a visible message (start one: npm run neo4j:local -- start).
import { describe, it } from 'vitest';
import type { Neo4jSettings } from '../../server/src/store/neo4j/connection';

export function neo4jSettings(): Neo4jSettings | null {
  const uri = process.env.NEO4J_URI;
  if (uri === undefined || uri === '') return null;
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
}

/** `describe` that gets the settings, or fails (CI) / skips loudly (locally) without them. */
export function describeWithNeo4j(name: string, body: (settings: Neo4jSettings) => void): void {
  const settings = neo4jSettings();
  if (settings !== null) {
    describe(name, () => body(settings));
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs NEO4J_URI in CI', () => {
        throw new Error('NEO4J_URI is not set: CI must run these tests against a real Neo4j');
      });
    });
    return;
  }
  console.warn(
    `[skipped] ${name}: NEO4J_URI not set (npm run neo4j:local -- start; eval "$(npm run -s neo4j:local -- env)")`,
  );
  describe.skip(name, () => {
    it('needs a Neo4j', () => {});
  });
}
