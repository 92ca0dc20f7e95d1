// The domain types of graph-seed: what each pipeline stage reads and writes.
// Every stage has one shape (see stage.ts); the order of stages lives in pipeline.ts.

/** Kinds of source document, as in the corpus manifest. */
export type DocumentKind = 'general-recommendation' | 'resolution' | 'report' | 'fact-sheet';

/** One manifest entry: metadata of a source document (ids follow ONTOLOGY.md: `doc:<id>`). */
export interface DocumentMeta {
  id: string;
  file: string;
  symbol: string;
  title: string;
  kind: DocumentKind;
  issuer: string;
  year: number;
  structure?: string;
}

export type ProvisionKind =
  | 'preamble'
  | 'operative'
  | 'paragraph'
  | 'subparagraph'
  | 'box'
  | 'bullet'
  | 'footnote';

/** The citable unit: one paragraph or sub-paragraph of a document, cleaned (ONTOLOGY.md, Provision). */
export interface Provision {
  /** `prov:<doc slug>:<ref>` */
  id: string;
  /** `doc:<doc slug>` */
  documentId: string;
  /** The document's own numbering: `54`, `54(b)`, `9(b)(iii)`, `pp3`, `III.C.4`, `III.C.box2`, `fn12`. */
  ref: string;
  kind: ProvisionKind;
  /** Heading path as printed, joined with ' > '. */
  section: string;
  /** Clean prose. A sub-item's text is the sub-item alone. */
  text: string;
  /** Position in the document, 1-based, in reading order. */
  order: number;
  /** The chapeau provision's ref, for sub-items (PART_OF). */
  parentRef?: string;
  /** Footnote numbers whose markers stood in this provision's text (markers themselves are dropped). */
  footnotes?: string[];
}

/** Output of the clean stage: body text freed of page furniture, ready for segmentation. */
export interface CleanedText {
  /**
   * Body lines in reading order: page furniture, footnote bodies and footnote markers removed,
   * words broken at line ends rejoined, page breaks stitched. An empty line is a block break (only
   * kept where the layout uses empty lines between blocks). Leading indentation is kept: some
   * layouts indent the first line of a paragraph.
   */
  lines: string[];
  /** Footnote bodies, by their printed number (numbered in sequence where OCR lost it), as prose. */
  footnotes: Array<{
    number: string;
    text: string /** index of the body line the note followed */;
    line: number;
  }>;
  /** Where footnote markers stood: index into `lines`, and the footnote number. */
  markers: Array<{ line: number; number: string }>;
}

/** How an extracted fact was found; carried as `method` on every relationship. */
export type Method = 'rule' | 'catalogue' | 'pattern' | 'gazetteer' | 'context' | 'similarity' | 'structure';

/** A recognised reference to a node in a provision's text. */
export interface Mention {
  /** Target node id (`actor:states`, `inst:cedaw`, `cause:demand`, `obl:criminalize`). */
  target: string;
  /** Character span in the provision text (end exclusive); -1/-1 when inferred from context. */
  start: number;
  end: number;
  surface: string;
  method: Method;
}

/** What the recognise stage found in one provision. */
export interface ProvisionFacts {
  actors: Mention[];
  instruments: Mention[];
  causes: Mention[];
  obligations: Mention[];
}

/** A node the catalogues do not hold but the text names (a country, a resolution by symbol). */
export interface DiscoveredEntity {
  id: string;
  label: 'Actor' | 'Instrument';
  properties: Record<string, string | number | string[]>;
}

export type Force =
  | 'urges'
  | 'strongly-urges'
  | 'calls-upon'
  | 'encourages'
  | 'invites'
  | 'requests'
  | 'recommends'
  | 'stresses-the-need'
  | 'should'
  | 'must'
  | 'shall';

export interface Addressee {
  actorId: string;
  /** `rule` for an explicit subject/object, `context` for a section's implicit addressee. */
  method: Method;
  /** Where the text names it (span refs, see recognise/span-ref.ts); none for a `context` addressee. */
  spans: string[];
}

/** A call on someone to act, as stated in one provision (ONTOLOGY.md, Recommendation). */
export interface RecommendationFact {
  /** `rec:<doc slug>:<ref>` */
  id: string;
  provisionId: string;
  documentId: string;
  ref: string;
  text: string;
  force: Force;
  addressees: Addressee[];
  /** Obligation ids (`obl:*`) this recommendation implements. */
  obligations: string[];
  /** Root-cause ids (`cause:*`) it addresses. */
  causes: string[];
  /** The words each obligation and root cause rests on, by node id (span refs, recognise/span-ref.ts). */
  spans: Record<string, string[]>;
}

/**
 * Per-document working state: filled in stage by stage (each stage declares the products it gives,
 * stage.ts), read through products.ts, which fails on a product not yet given.
 */
export interface DocumentState {
  meta: DocumentMeta;
  /** The extracted text as read (raw PDF extraction, line breaks and furniture included). */
  raw: string;
  cleaned?: CleanedText;
  provisions?: Provision[];
  /** Keyed by provision id. */
  facts?: Map<string, ProvisionFacts>;
  recommendations?: RecommendationFact[];
}

/** The whole state that flows through the pipeline. */
export interface SeedState {
  documents: DocumentState[];
  /** Read at the edge (io/catalogues.ts) and passed in: stages never do I/O. */
  catalogues: import('./catalogue').Catalogues;
  /** Entities found by pattern that no catalogue holds, keyed by id. */
  discovered: Map<string, DiscoveredEntity>;
  /** Set by the link and overlap stages. */
  graph?: import('./bundle/schema').GraphBundle;
}
