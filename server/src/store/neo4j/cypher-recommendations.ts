// Cypher text reading the facts of every recommendation (contract/recommendation-query.ts), as a
// pure function (snapshot-tested); values are parameters only. Linked nodes come back as [id, name]
// pairs; the contract sorts and deduplicates, so the rows equal the memory store's.
import type { Query } from './cypher';
import { nodeMap } from './encoding';

/** The [id, name] pairs of the nodes `x` that `pattern` reaches from `from` (r or p), as `name`. */
const linked = (from: 'r' | 'p', pattern: string, x: string, name: string): string =>
  `CALL (${from}) { OPTIONAL MATCH ${pattern} RETURN collect(DISTINCT [${x}.id, ${x}.name]) AS ${name} }`;

export const recommendationFacts = (v: number): Query => ({
  text: `MATCH (r:Recommendation) WHERE r._v = $v
OPTIONAL MATCH (d:Document {id: r.documentId, _v: $v})
CALL (r) { OPTIONAL MATCH (r)-[:STATED_IN]->(x:Provision) WITH x ORDER BY x.id RETURN collect(x)[0] AS p }
${linked('r', '(r)-[:ADDRESSED_TO]->(a)', 'a', 'addressees')}
${linked('p', '(p)-[:MENTIONS]->(m:Actor)', 'm', 'mentioned')}
${linked('r', '(r)-[:IMPLEMENTS]->(o)', 'o', 'obligations')}
${linked('r', '(r)-[:ADDRESSES]->(c)', 'c', 'rootCauses')}
${linked('p', '(p)-[:CITES]->(i)', 'i', 'instruments')}
${linked('r', '(r)-[:IMPLEMENTS]->()-[:ARISES_FROM]->(b)', 'b', 'legalBasis')}
RETURN ${nodeMap('r')} AS node, [d.id, d.name] AS document, d.kind AS documentKind, d.year AS year,
  p.order AS order, p.section AS section, addressees, mentioned, obligations, rootCauses, instruments, legalBasis`,
  params: { v },
});
