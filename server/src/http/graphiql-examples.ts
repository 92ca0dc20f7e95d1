// Saved example queries shown as tabs in /graphiql, one per user group of the issue: the legal
// researcher tracing duties to the actors called on, the policy analyst comparing two texts, and the
// advocate looking for what is asked about demand.
export const GRAPHIQL_EXAMPLES: Array<{ title: string; query: string }> = [
  {
    title: 'Trafficking Protocol → actors',
    query: `# Trace the chain from the Trafficking Protocol to the actors called on to act:
# instrument ← obligation ← recommendation → actor, each step with its evidence.
query TraceTraffickingProtocol {
  obligationChains(instrument: "inst:trafficking-protocol", first: 50) {
    article
    obligation { id name }
    recommendation { id documentId ref force text }
    actor { id name }
    steps { type from to method evidence { documentId ref } }
  }
}
`,
  },
  {
    title: 'GR 38 vs resolution 77/194',
    query: `# What do CEDAW GR 38 and General Assembly resolution 77/194 share?
query CompareGR38AndResolution77194 {
  obligations: overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: OBLIGATION) {
    cells { a { symbol } b { symbol } count items { id name } }
  }
  rootCauses: overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: ROOT_CAUSE) {
    cells { count items { id name } }
  }
  actors: overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: ACTOR) {
    cells { count items { id name } }
  }
  instruments: overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: INSTRUMENT) {
    cells { count items { id name } }
  }
}
`,
  },
  {
    title: 'Demand, by document',
    query: `# Recommendations addressing demand that fosters exploitation, grouped by document
# (ids start with the document), with who is called on to act.
query DemandByDocument {
  recommendations(filter: { rootCauses: ["cause:demand"] }, first: 100) {
    totalCount
    edges {
      node {
        document { symbol }
        ref
        force
        text
        addressees { node { name } }
      }
    }
  }
  coverage(dimension: ROOT_CAUSE) {
    documents { symbol }
    rows { concept { id } counts total }
  }
}
`,
  },
];
