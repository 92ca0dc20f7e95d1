import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogues } from '../../graph-seed/src/catalogue';
import { noFacts } from '../../graph-seed/src/facts';
import { readCatalogues } from '../../graph-seed/src/io/catalogues';
import { explicitAddressees } from '../../graph-seed/src/recommend/addressees';
import { callsForAction, chapeauRefs, isRecommendation } from '../../graph-seed/src/recommend/detect';
import { forceOf, recommendationForce } from '../../graph-seed/src/recommend/force';
import { recommend } from '../../graph-seed/src/stages/recommend';
import type { DocumentKind, DocumentState, Mention, Provision } from '../../graph-seed/src/types';

// Real paragraphs of the corpus (graph-seed/corpus); actor mentions are placed where the actor
// recogniser puts them: on the words that name the actor.

const mentions = (text: string, named: Array<[string, string]>): Mention[] =>
  named.map(([surface, target]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    return { target: `actor:${target}`, start, end: start + surface.length, surface, method: 'catalogue' };
  });

const provision = (
  doc: string,
  ref: string,
  kind: Provision['kind'],
  section: string,
  text: string,
  parentRef?: string,
) => ({
  id: `prov:${doc}:${ref}`,
  documentId: `doc:${doc}`,
  ref,
  kind,
  section,
  text,
  order: 0,
  ...(parentRef ? { parentRef } : {}),
});

const detect = (kind: DocumentKind, ps: Provision[]) => {
  const chapeaux = chapeauRefs(ps);
  const byRef = new Map(ps.map((p) => [p.ref, p]));
  return ps
    .filter((p) => isRecommendation(kind, p, chapeaux, (q) => byRef.get(q.parentRef ?? '')))
    .map((p) => p.ref);
};

describe('recommendation detection', () => {
  it('takes operative paragraphs of a resolution that call for action, not those that take note', () => {
    const ps = [
      provision('r', 'pp3', 'preamble', '', 'Urging States to take measures,'),
      provision(
        'r',
        '3',
        'operative',
        '',
        'Takes note of the reports of the Special Rapporteur of the Human Rights Council on trafficking in persons;',
      ),
      provision(
        'r',
        '22',
        'operative',
        '',
        'Urges Governments to strengthen measures to eliminate sex tourism demand;',
      ),
      provision(
        'r',
        '21',
        'operative',
        '',
        'Reiterates the importance of continued coordination among, inter alia, the Special Rapporteurs;',
      ),
      provision(
        'r',
        '46',
        'operative',
        '',
        'Stresses the need for the systematic collection of data disaggregated by sex, age and other relevant factors;',
      ),
    ];
    expect(detect('resolution', ps)).toEqual(['22', '46']);
  });

  it('takes a paragraph that welcomes and then calls for action', () => {
    expect(
      callsForAction(
        'Welcomes the efforts of Governments to combat trafficking, and encourages them to continue;',
      ),
    ).toBe(true);
    expect(
      callsForAction(
        'Welcomes the continued focus given by UN-Women to ending violence against women and girls;',
      ),
    ).toBe(false);
  });

  it('takes the paragraphs of a report’s recommendations part, not its conclusions even with "should"', () => {
    const ps = [
      provision(
        's',
        '60',
        'paragraph',
        'V. Conclusions and recommendations > A. Conclusions',
        'Responses to trafficking need to be considered; States should act.',
      ),
      provision(
        's',
        '62',
        'paragraph',
        'V. Conclusions and recommendations > B. Recommendations',
        'States should ensure that the prevention of and responses to trafficking fully take into account the gender- and age-specific aspects.',
      ),
      provision('s', '43', 'paragraph', 'IV. Actions taken', 'States should act.'),
    ];
    expect(detect('report', ps)).toEqual(['62']);
  });

  it('takes the sub-items of a chapeau in the recommendations section, not the chapeau', () => {
    const section = 'VII. Recommendations > A. Addressing the root causes of trafficking in women and girls';
    const ps = [
      provision(
        'g',
        '59',
        'paragraph',
        section,
        'Regulate and monitor labour recruiters, intermediaries and employment agencies:',
      ),
      provision(
        'g',
        '59(d)',
        'subparagraph',
        section,
        'Prosecute and punish their engagement in exploitative recruitment processes',
        '59',
      ),
      provision(
        'g',
        '46',
        'paragraph',
        'VI. Victims’ access to justice',
        'The Committee condemns the use of anti-trafficking interventions to justify violence',
      ),
    ];
    expect(detect('general-recommendation', ps)).toEqual(['59(d)']);
  });

  it('finds none in a fact sheet', () => {
    const ps = [
      provision(
        'f',
        'III.A.1',
        'paragraph',
        'III. Obligations > A. Recommendations',
        'States should identify victims.',
      ),
    ];
    expect(detect('fact-sheet', ps)).toEqual([]);
  });
});

describe('recommendation force', () => {
  it('is the operative verb of the call', () => {
    expect(forceOf('Strongly urges Governments to ensure coherence between the laws on and measures')).toBe(
      'strongly-urges',
    );
    expect(
      forceOf('Calls upon Governments, and encourages relevant intergovernmental organizations, to'),
    ).toBe('calls-upon');
    expect(forceOf('Stresses the need for the systematic collection of data')).toBe('stresses-the-need');
    expect(forceOf('States parties are encouraged to ratify or accede to the:')).toBe('encourages');
    expect(forceOf('Member States must ensure that responses to crises')).toBe('must');
  });

  it('comes from the chapeau for a sub-item, and is "recommends" for a bare imperative', () => {
    const chapeau =
      'To improve access to justice for victim-survivors of trafficking, Member States should ensure that laws and policies:';
    expect(
      recommendationForce(
        'Expand statutory definitions of coercion to recognize the tactics of coercive control;',
        [chapeau],
      ),
    ).toBe('should');
    expect(recommendationForce('Eradicate patriarchal norms and values formalised in legislation', [])).toBe(
      'recommends',
    );
  });
});

describe('recommendation addressees', () => {
  const resolution = { subjects: false };
  const report = { subjects: true };
  const addressed = (text: string, named: Array<[string, string]>, how = resolution) =>
    explicitAddressees(text, mentions(text, named), how, 'prov:t:1').map((a) => a.actorId);

  it('is the object of the calling verb; one named after the infinitive is only mentioned', () => {
    const text =
      'Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report';
    expect(
      addressed(text, [
        ['Secretary-General', 'secretary-general'],
        ['General Assembly', 'general-assembly'],
      ]),
    ).toEqual(['actor:secretary-general']);
  });

  it('leaves out an actor the addressee is asked to work with', () => {
    const text =
      'Further urges Governments, in cooperation with intergovernmental, non-governmental and private sector organizations, to support and allocate resources';
    expect(
      addressed(text, [
        ['Governments', 'states'],
        ['intergovernmental', 'intergovernmental'],
        ['non-governmental', 'civil-society'],
        ['private sector', 'business'],
      ]),
    ).toEqual(['actor:states']);
  });

  it('is the subject before "should", not the one it is to cooperate with', () => {
    const text =
      'The United Nations system and other concerned intergovernmental and non-governmental organizations should cooperate with Governments with a view to improving the collection';
    expect(
      addressed(
        text,
        [
          ['United Nations system', 'un-system'],
          ['intergovernmental', 'intergovernmental'],
          ['non-governmental organizations', 'civil-society'],
          ['Governments', 'states'],
        ],
        report,
      ),
    ).toEqual(['actor:un-system', 'actor:intergovernmental', 'actor:civil-society']);
  });

  it('takes X, not Y, from "X, together with Y, should"', () => {
    const text =
      'States, together with relevant United Nations entities, should undertake further research into the links between migration and trafficking';
    expect(
      addressed(
        text,
        [
          ['States', 'states'],
          ['United Nations entities', 'un-system'],
        ],
        report,
      ),
    ).toEqual(['actor:states']);
  });

  it('reads the agent of "calls for" as the addressee', () => {
    // GA res 77/194, para 8
    const text =
      'Takes note with appreciation of the outcome document of the Regional Ministerial Conference on Human Trafficking and Smuggling in the Horn of Africa, known as the Khartoum Declaration, and calls for its effective implementation, including through technical cooperation and capacity-building, by the United Nations and the international community;';
    expect(callsForAction(text)).toBe(true);
    expect(
      addressed(text, [
        ['United Nations', 'un-system'],
        ['the international community', 'international-community'],
      ]),
    ).toEqual(['actor:un-system', 'actor:international-community']);
  });

  it('reads a pronoun object as the actors the clause named before the verb', () => {
    // GA res 77/194, para 7
    const text =
      'Welcomes the efforts of Governments, United Nations bodies and agencies and intergovernmental and non-governmental organizations to prevent and address the particular problem of trafficking in women and girls and encourages them to further enhance their efforts and cooperation, including by sharing their knowledge, technical expertise and best practices as widely as possible, and encourages Member States to strengthen cooperation among all relevant actors';
    expect(
      addressed(text, [
        ['Governments', 'states'],
        ['United Nations bodies', 'un-system'],
        ['intergovernmental', 'intergovernmental'],
        ['non-governmental organizations', 'civil-society'],
        ['Member States', 'states'],
      ]),
    ).toEqual(['actor:states', 'actor:un-system', 'actor:intergovernmental', 'actor:civil-society']);
    // without a pronoun, the welcomed are not called on
    const welcomed =
      'Welcomes the efforts of Governments and encourages Member States to strengthen cooperation';
    expect(
      addressed(welcomed, [
        ['Governments', 'states'],
        ['Member States', 'states'],
      ]),
    ).toEqual(['actor:states']);
  });

  it('invents none for a call without an actor', () => {
    expect(
      addressed('Stresses the need for the systematic collection of data disaggregated by sex', []),
    ).toEqual([]);
    const passive =
      'Specific actions should be adopted to monitor access to justice for trafficking survivors and victims';
    expect(addressed(passive, [], report)).toEqual([]);
  });
});

describe('recommend stage', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await readCatalogues();
  });

  const run = (kind: DocumentKind, ps: Provision[], actors: Record<string, Mention[]> = {}) => {
    const facts = new Map(ps.map((p) => [p.id, { ...noFacts(), actors: actors[p.id] ?? [] }]));
    const doc: DocumentState = {
      meta: { id: 'g', file: 'g.txt', symbol: 'S', title: 'T', kind, issuer: 'x', year: 2020 },
      raw: '',
      provisions: ps,
      facts,
    };
    const out = recommend.run({ documents: [doc], catalogues, discovered: new Map() });
    return out.documents[0]?.recommendations ?? [];
  };

  it('addresses a general recommendation’s call that names no one to States, by context', () => {
    const section = 'VII. Recommendations > E. Dissemination and reporting';
    const recs = run('general-recommendation', [
      provision(
        'g',
        '120',
        'paragraph',
        section,
        'This general recommendation should be translated into local languages and disseminated widely',
      ),
    ]);
    expect(recs.map((r) => [r.id, r.force, r.addressees])).toEqual([
      ['rec:g:120', 'should', [{ actorId: 'actor:states', method: 'context', spans: [] }]],
    ]);
  });

  it('gives a sub-item the chapeau’s addressee and its own obligations', () => {
    const section = 'Conclusions and recommendations > Recommendations > Access to justice';
    const chapeau =
      'To improve access to justice for victim-survivors of trafficking, Member States should ensure that laws and policies:';
    const item =
      'Re-examine statutory exceptions to non-punishment provisions in order to ensure that crimes frequently committed by victims as a result of being trafficked are not excluded from the application of the principle;';
    const recs = run(
      'report',
      [
        provision('g', '57', 'paragraph', section, chapeau),
        provision('g', '57(e)', 'subparagraph', section, item, '57'),
      ],
      { 'prov:g:57': mentions(chapeau, [['Member States', 'states']]) },
    );
    expect(recs.map((r) => [r.ref, r.force, r.addressees.map((a) => a.actorId), r.obligations])).toEqual([
      ['57(e)', 'should', ['actor:states'], ['obl:non-punishment']],
    ]);
  });
});
