// Saved example queries shown as tabs in /graphiql: one per user group (the legal researcher tracing
// duties to the actors called on, the policy analyst comparing two texts, the advocate looking for
// what is asked about demand), then one per analyst field: where, counts, search, citation lookup.
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
    query: `# Recommendations addressing demand that fosters exploitation, in reading order (document,
# then paragraph order), with who is called on to act.
query DemandByDocument {
  recommendations(where: { rootCause: "cause:demand" }, orderBy: [READING_ORDER], first: 100) {
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
  {
    title: 'where: AND / OR / NOT',
    query: `# GR 38's recommendations on poverty or prevention, not addressed to States, strongest verb first.
query GR38PovertyOrPrevention {
  recommendations(
    where: {
      AND: [
        { document: { id: "doc:cedaw-gr38" } }
        { OR: [{ rootCause: "cause:poverty-economic-injustice" }, { obligation: "obl:prevent" }] }
        { NOT: { addressee: "actor:states" } }
      ]
    }
    orderBy: [FORCE]
    first: 50
  ) {
    totalCount
    edges { node { ref force text addressees { node { name } } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
`,
  },
  {
    title: 'Counts per document × root cause',
    query: `# How many recommendations each document makes per root cause, in one request.
query CountsByDocumentAndRootCause {
  recommendationCounts(groupBy: [DOCUMENT, ROOT_CAUSE]) {
    keys { dimension id name }
    count
  }
}
`,
  },
  {
    title: 'Search: phrase, aliases, did-you-mean',
    query: `# A phrase search; "Palermo Protocol" (a catalogue alias) finds the Trafficking Protocol;
# a misspelling answers no hit and a suggestion.
query SearchExamples {
  phrase: search(text: "forced marriage", mode: PHRASE, first: 5) {
    totalCount
    edges { node { id name } score snippet }
    pageInfo { hasNextPage endCursor }
  }
  alias: search(text: "Palermo Protocol", labels: [Instrument], first: 3) {
    edges { node { id name } }
  }
  misspelt: search(text: "traffiking") { totalCount suggestions }
}
`,
  },
  {
    title: 'Citation lookup',
    query: `# "CEDAW/C/GC/38 para. 54(b)": a provision by its document and its own numbering.
query CitationLookup {
  provision(document: "doc:cedaw-gr38", ref: "54(b)") {
    id
    section
    text
    cites { node { name } method spans }
    actors { node { name } spans }
  }
}
`,
  },
  {
    title: 'Overlap by measure',
    query: `# Where GR 38 and resolution 77/194 ask for the same measure, and the matched words of each pair
# (spans: "<provision id>@<start>-<end>" into each provision's text).
query OverlapByMeasure {
  overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: MEASURE) {
    cells { count items { id name } }
  }
  recommendations(filter: { documents: ["doc:ga-res-77-194"] }, first: 5) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      ref
      similar { score direction measures { name } spans node { ref documentId } }
    } }
  }
}
`,
  },
];
