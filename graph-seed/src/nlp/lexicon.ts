/**
 * The grammatical words the clause reader knows, by lemma. Grammar, not domain: which verbs a
 * catalogue entry speaks of lives in the catalogues (YAML); how an English clause calls for
 * action, states a purpose or names the topic of a training lives here.
 */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Modals whose subject is called on to act. */
export const MODALS = set('should must shall ought');

/** Third-person verbs of a resolution or report that call on their object to act. */
export const CALLING_VERBS = set('urge call encourage invite request recommend');

/** Nouns of duty whose infinitive is the duty: "a duty to prevent", "the obligation to protect". */
export const DUTY_NOUNS = set('duty obligation responsibility requirement commitment need');

/**
 * Light nouns: an infinitive after them is the action called for, not a purpose ("take measures
 * to prevent" calls for prevention).
 */
export const LIGHT_NOUNS = set(
  'measure step action effort initiative policy legislation law programme program mechanism strategy plan ' +
    'framework procedure resource capacity way means provision guideline protocol system approach decision',
);

/** Words opening a purpose phrase. */
export const PURPOSE_OPENERS: readonly (readonly string[])[] = [
  ['in', 'order', 'to'],
  ['so', 'as', 'to'],
  ['with', 'a', 'view', 'to'],
  ['with', 'the', 'aim', 'of'],
  ['for', 'the', 'purpose', 'of'],
  ['aim', 'at'],
  ['design', 'to'],
  ['intend', 'to'],
];

/**
 * Words opening a qualifier: what a duty holds whatever it is ("regardless of their migration
 * status"), which names those it covers, not what the text sets out to address.
 */
export const QUALIFIER_OPENERS: readonly (readonly string[])[] = [
  ['regardless', 'of'],
  ['irrespective', 'of'],
  ['independently', 'of'],
  ['independent', 'of'],
  ['without', 'distinction', 'as', 'to'],
  ['without', 'regard', 'to'],
  ['whatever', 'their'],
];

/**
 * Heads whose "on/about/regarding" phrase is what is taught: "training on prevention". Not a
 * campaign or awareness-raising "on child marriage": that sets out to address its topic.
 */
export const LEARNING_HEADS = set(
  'train training educate education sensitize sensitise sensitization guidance guideline curriculum ' +
    'curricula material module workshop seminar course',
);

/** Heads whose "on/about/regarding" phrase is what is studied or reported: "data on victims identified". */
export const STUDY_HEADS = set(
  'information data datum statistic statistics research study report reporting knowledge understanding evidence',
);

/**
 * Heads whose "on/about/regarding" phrase names a field of law and policy: "legislation on
 * gender-based violence", "a debate concerning sexual violence in conflict".
 */
export const FIELD_HEADS = set(
  'law legislation policy plan strategy resolution debate discussion dialogue conference meeting',
);

/**
 * Heads whose "of/on/against" phrase names a rule of law, not a condition the text discusses:
 * "the prohibition on sex-based discrimination" is read as a field ("legislation on …") is.
 */
export const RULE_HEADS = set('prohibition');

/** Prepositions that open the content of a rule after a rule head. */
export const RULE_PREPOSITIONS = set('of on against');

/** Prepositions that open a topic after a topic head. */
export const TOPIC_PREPOSITIONS = set('on about regarding concerning');

/** Heads whose object is those trained ("train police, labour inspectors and judges"). */
export const TRAINING_HEADS = set('train training sensitize sensitise educate capacity-building');

/** Relative words that open a clause about the person before them. */
export const RELATIVES = set('who whom whose');

/** Words opening a condition. */
export const CONDITIONS = set('if where when unless whenever');

/** Openings of an item that continue the clause before it rather than start one. */
export const CARRIERS = set('this these they it such');

/** Verbs by which a "This/These …" sentence carries the previous frame ("These include …"). */
export const CARRYING_VERBS = set('include involve mean require entail comprise cover');

/** Words that negate the verb after them. */
export const NEGATORS = set('not never no neither nor');

/**
 * Nouns for people, whose modifiers name a group of rights-holders ("displaced and migrant
 * women", "undocumented migrants") rather than a condition the text discusses.
 */
export const PEOPLE_NOUNS = set(
  'woman women girl girls person persons people child children man men boy boys migrant migrants ' +
    'refugee refugees worker workers victim victims survivor survivors family families community ' +
    'communities population populations group groups individual individuals minor minors returnee ' +
    'returnees national nationals resident residents seeker seekers household households youth',
);
