import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogues } from '../../graph-seed/src/io/catalogues';
import {
  implementedObligations,
  type ObligationRecogniser,
  obligationRecogniser,
  statedObligations,
} from '../../graph-seed/src/recognise/obligations';
import { nameSpans } from '../../graph-seed/src/recognise/meaning-patterns';

// Real sentences from the corpus (graph-seed/corpus), read with the shipped catalogue.
let r: ObligationRecogniser;
let legalBasis: Map<string, Array<{ instrument: string; article?: string }>>;
beforeAll(async () => {
  const { obligations } = await readCatalogues();
  r = obligationRecogniser(obligations);
  legalBasis = new Map(obligations.map((o) => [o.id, o.legalBasis]));
});

const ids = (ms: Array<{ target: string }>) => ms.map((m) => m.target).sort();

describe('obligations a recommendation implements', () => {
  it('finds each duty a call speaks of', () => {
    // GA res 77/194, para 27
    const text =
      'Urges Governments, in accordance with their respective legal systems, to take all appropriate measures, including through policies and legislation, to facilitate access to justice and protection for victims of trafficking in persons that should not be conditional on their participation in criminal proceedings, as well as to ensure that victims of human trafficking are protected from prosecution or punishment for acts those victims have been compelled to commit as a direct consequence of having been subjected to human trafficking';
    expect(ids(implementedObligations(r, text))).toEqual([
      'obl:access-to-justice',
      'obl:non-punishment',
      'obl:protect-assist',
    ]);
  });

  it('reads a call to act on a driver the text discusses as prevention, not what a measure is for', () => {
    const driver = (text: string, words: string) => {
      const start = text.indexOf(words);
      return [{ start, end: start + words.length }];
    };
    const call = 'Counter stereotypical attitudes and discrimination towards women and girl victims';
    expect(
      ids(implementedObligations(r, call, [], undefined, driver(call, 'stereotypical attitudes'))),
    ).toContain('obl:prevent');
    // without the driver the same words call for nothing of the kind
    expect(ids(implementedObligations(r, call))).not.toContain('obl:prevent');
    const aim =
      'Ensure that all governance measures taken at international borders including those aimed at addressing irregular migration are in accordance with the principle of non-refoulement';
    expect(
      ids(implementedObligations(r, aim, [], undefined, driver(aim, 'irregular migration'))),
    ).not.toContain('obl:prevent');
  });

  it('reads a call to discourage demand as discourage-demand', () => {
    // GA res 77/194, para 13
    const text =
      'Calls upon Governments to intensify their efforts to prevent and address, with a view to eliminating, the demand that fosters the trafficking of women and girls for all forms of exploitation';
    expect(ids(implementedObligations(r, text))).toContain('obl:discourage-demand');
  });

  it('reads a claim for unpaid wages as a remedy', () => {
    // CEDAW GR 38, para 57(c)
    const text =
      'Establish mechanisms in the country of destination to deal with rights violations of women migrant workers during employment, in particular to report exploitation and claim unpaid wages and benefits;';
    expect(ids(implementedObligations(r, text))).toContain('obl:remedies');
  });

  it('reads awareness-raising campaigns as prevention', () => {
    // GA res 77/194, para 24
    const text =
      'to take measures to develop targeted awareness-raising campaigns, including for law enforcement, front-line service providers and at-risk industries, to identify the signs of human trafficking';
    expect(ids(implementedObligations(r, text))).toContain('obl:prevent');
  });

  it('reads protection regardless of participation in proceedings as unconditional protection', () => {
    // CEDAW GR 38, para 88
    const text =
      'effectively enjoy the right of access to fair, efficient, trauma-informed and clear asylum procedures without discrimination or any preconditions, regardless of country of origin or mode of entry into the State party or their participation in criminal proceedings.';
    expect(ids(implementedObligations(r, text))).toContain('obl:protect-assist');
  });

  it('reads deductions from pay as a matter of labour protection', () => {
    // CEDAW GR 38, para 60(d)
    const text =
      'Ensure that employer-provided accommodation and food are reasonably priced and that costs are not automatically deducted from their pay;';
    expect(ids(implementedObligations(r, text))).toEqual(['obl:labour-protection']);
  });

  it('reads combating all forms of trafficking in women as the duty of article 6', () => {
    // GA res 77/194, para 18
    const text =
      'Urges Governments to devise, enforce and strengthen effective gender- and age-responsive measures to combat and eliminate all forms of trafficking in women and girls';
    expect(ids(implementedObligations(r, text))).toContain('obl:suppress-trafficking');
  });

  it('reads a root cause, accountability of authorities and a supply chain by the same duties as their plurals', () => {
    // A/79/322, paras 60 and 58; CEDAW GR 38, para 3
    expect(
      ids(
        implementedObligations(
          r,
          'there should be a renewed focus on prevention, addressing gender inequality as the root cause of trafficking',
        ),
      ),
    ).toContain('obl:prevent');
    expect(
      ids(
        implementedObligations(
          r,
          'including ensuring accountability of authorities to ensure there is zero tolerance for any personnel involved in trafficking',
        ),
      ),
    ).toContain('obl:investigate-prosecute');
    expect(
      ids(
        statedObligations(
          r,
          'an obligation to ensure that there are no trafficked persons in their supply/production chain.',
        ),
      ),
    ).toContain('obl:business-accountability');
  });

  it('reads zero tolerance as prosecution, a civil cause of action as a remedy, and corporate due diligence as no State duty of due diligence', () => {
    // CEDAW GR 38, paras 68 and 63(b)
    expect(
      ids(implementedObligations(r, 'Adopt a zero tolerance policy on trafficking and sexual exploitation')),
    ).toEqual(['obl:investigate-prosecute']);
    const text =
      'Provide, by law, a civil cause of action in both the country of operation and the country of corporation, for workers in global supply chains who suffer harm due to non-fulfilment of mandatory due diligence laws;';
    const found = ids(implementedObligations(r, text));
    expect(found).toEqual(expect.arrayContaining(['obl:remedies', 'obl:business-accountability']));
    expect(found).not.toContain('obl:due-diligence');
  });

  it('reads victims who are identified, assisted and protected as identification and protection', () => {
    // CEDAW GR 38, para 81: three passive participles share one subject
    const text =
      'Collaborate with civil society organizations to ensure that victims of trafficking are identified, assisted and protected at an early stage.';
    expect(ids(implementedObligations(r, text))).toEqual(
      expect.arrayContaining(['obl:identify-victims', 'obl:protect-assist']),
    );
  });

  it('reads conduct that should be criminalized as criminalization, in the passive', () => {
    // OHCHR Fact Sheet 36, chapter III.F
    const text =
      'Organizing, directing or being an accomplice in the commission of trafficking offences and attempting to commit such offences should also be criminalized.';
    expect(ids(statedObligations(r, text))).toContain('obl:criminalize');
  });

  it('reads a right to return and the return of victims as safe return, and a text that obliges States as stating a duty', () => {
    // OHCHR Fact Sheet 36, chapter III.D
    const right =
      'Detention of trafficked persons in shelters is one way in which the right to return can be interfered with.';
    expect(ids(implementedObligations(r, right))).toContain('obl:safe-return');
    const obliges =
      'International treaty law obliges States to ensure that the return of trafficked persons does not jeopardize legal proceedings involving them.';
    expect(ids(statedObligations(r, obliges))).toContain('obl:safe-return');
  });

  it('reads the manner of a return in any word order as safe return, and the fair trial of the accused as no access to justice', () => {
    const manner = 'Countries of destination should ensure that such return shall preferably be voluntary.';
    expect(ids(statedObligations(r, manner))).toContain('obl:safe-return');
    const accused =
      'Privacy should be protected unless there are reasonable grounds, such as the rights of accused persons to a fair trial.';
    expect(ids(statedObligations(r, accused))).not.toContain('obl:access-to-justice');
    expect(ids(implementedObligations(r, 'Guarantee trafficked women a fair hearing'))).toContain(
      'obl:access-to-justice',
    );
  });

  it('takes no object of a verb of another clause for the object of a frame', () => {
    // Secretary-General's report A/71/223, para 45
    const text =
      'Two global calls for proposals were issued in 2011 and 2014 to identify projects that would provide help to victims.';
    expect(ids(implementedObligations(r, text))).not.toContain('obl:identify-victims');
  });

  it('does not read criminalizing corruption as criminalizing trafficking', () => {
    // OHCHR Fact Sheet 36, chapter III
    const text =
      'It requires State parties to take strong measures to criminalize all forms of corrupt practices (art. 8).';
    expect(ids(implementedObligations(r, text))).not.toContain('obl:criminalize');
  });

  it('ignores duties named inside an instrument title', () => {
    // GA res 77/194, para 5
    const text = 'the Domestic Workers Convention, 2011 (No. 189)';
    expect(ids(implementedObligations(r, text))).toEqual(['obl:labour-protection']);
    expect(ids(implementedObligations(r, text, [{ start: 0, end: text.length }]))).toEqual([]);
  });
});

describe('obligations a provision states', () => {
  it('states a duty where the text says States are obligated', () => {
    // CEDAW GR 38, para 41
    const text =
      'States parties are obligated to protect victims of trafficking in persons, especially women and children, from revictimization. This includes guaranteeing trafficking victims’ protection against forcible return.';
    expect(ids(statedObligations(r, text))).toEqual(['obl:protect-assist', 'obl:safe-return']);
  });

  it('states the duty of a list item that names its bearer and an infinitive, and none without a lead-in', () => {
    // OHCHR Fact Sheet 36, III.D.3: the verb of duty is left to the list's lead-in
    const leadIn = 'Decisions on return are not based on situation reports.';
    const text =
      'Countries of origin to cooperate in the return, including through issuing of travel documents.';
    expect(ids(statedObligations(r, text, [], [], leadIn))).toEqual(['obl:safe-return']);
    expect(ids(statedObligations(r, text))).toEqual([]);
    // A noun phrase with "to" and a noun is no infinitive: "Access to justice for victims."
    expect(
      ids(statedObligations(r, 'Access to remedies for victims of trafficking.', [], [], leadIn)),
    ).toEqual([]);
  });

  it('reads article 6 in other words as the duty to suppress trafficking', () => {
    // CEDAW GR 38, para 4
    const text =
      'States parties must pursue all appropriate means to eradicate trafficking and exploitation of prostitution to ensure that laws, systems, regulations and funding are in place to make this right effective rather than illusory.';
    expect(ids(statedObligations(r, text))).toContain('obl:suppress-trafficking');
  });

  it('reads the principle of established rights as non-discrimination', () => {
    // OHCHR Fact Sheet 36, IV.E.2
    const text =
      'As recognized in the Recommended Principles and Guidelines (guideline 1), national mechanisms also have a critical role to play in monitoring the impact of anti-trafficking interventions to ensure they do not interfere with or otherwise negatively affect established rights.';
    expect(ids(statedObligations(r, text))).toContain('obl:non-discrimination');
  });

  it('states no duty with words inside an instrument title', () => {
    // GA res 77/194, pp2: "Prevent" in the title of the Trafficking Protocol
    const text =
      'Recalling all international conventions that deal specifically with and address issues relevant to the problem of trafficking in women and girls, such as the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, the Convention on the Rights of the Child and the Optional Protocol thereto';
    const title =
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children';
    const start = text.indexOf(title);
    expect(ids(statedObligations(r, text))).toContain('obl:prevent');
    expect(ids(statedObligations(r, text, [{ start, end: start + title.length }]))).not.toContain(
      'obl:prevent',
    );
  });

  it('takes no word of a name for a word of duty', () => {
    // OHCHR Fact Sheet 36, IV.B: "Rights of the Child" names a committee, it states no right
    const text =
      'For example, trafficking in children and women is now regularly discussed by the Committee on the Rights of the Child and the Committee on the Elimination of Discrimination against Women; and the trafficking of migrant workers is a major issue for the Committee that oversees the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families.';
    const name = 'Committee on the Rights of the Child';
    const start = text.indexOf(name);
    expect(ids(statedObligations(r, text))).toContain('obl:labour-protection');
    expect(statedObligations(r, text, [{ start, end: start + name.length }])).toEqual([]);
  });

  it('reads a title quoted after "entitled" as a name, not as a call', () => {
    // GA res 77/194, pp29
    const text =
      'and in this regard taking note of Commission on Crime Prevention and Criminal Justice resolution 25/1 of 27 May 2016, entitled “Preventing and combating trafficking in human organs and trafficking in persons for the purpose of organ removal”, adopted by the Commission at its twenty-fifth session,';
    expect(ids(statedObligations(r, text))).toContain('obl:prevent');
    expect(statedObligations(r, text, nameSpans([], [], text))).toEqual([]);
  });

  it('reads ending impunity and justice for victims as prosecution and access to justice', () => {
    // OHCHR Fact Sheet 36, III.F.1
    const text =
      'International law requires States to ensure an effective criminal justice response to trafficking that works to end the impunity of traffickers and to secure justice for the victims.';
    expect(ids(statedObligations(r, text))).toEqual(
      expect.arrayContaining(['obl:access-to-justice', 'obl:investigate-prosecute']),
    );
  });

  it('states the duties of the items of a list a modal opens, not of a list of causes', () => {
    // OHCHR Fact Sheet 36, III.C box 2
    const box =
      'The responsiveness of judicial and administrative processes to the needs of victims should be facilitated by: (a) Informing victims of their role and the scope, timing and progress of the proceedings; (c) Providing proper assistance to victims throughout the legal process; (d) Taking measures to minimize inconvenience to victims.';
    expect(ids(statedObligations(r, box))).toContain('obl:protect-assist');
    // CEDAW GR 38, para 18: the items are root causes, "obligations" only introduces them
    const causes =
      'Identifying, addressing and eliminating the following root causes are key to States parties’ obligations to prevent trafficking and sexual exploitation in women and girls in the context of global migration: (a) systemic gender-based discrimination; (d) the demand that fosters exploitation and leads to trafficking.';
    expect(ids(statedObligations(r, causes))).not.toContain('obl:discourage-demand');
  });

  it('states none where the text only describes what States did', () => {
    // A/71/223, para 35
    const text =
      'Measures have focused on raising the costs of using such labour (Greece, Italy and Japan) and improving labour conditions in sectors likely to use victims trafficked for labour exploitation by strengthening and enforcing labour standards and regulations (Czech Republic, Mexico and Qatar).';
    expect(statedObligations(r, text)).toEqual([]);
    expect(ids(implementedObligations(r, text))).toContain('obl:labour-protection');
  });

  it('reads the due-diligence series as due diligence, not as its parts', () => {
    // CEDAW GR 38, para 17
    const text =
      'The direct obligation of States parties to prevent, investigate, prosecute and punish acts of trafficking in women and girls and offer redress to victims extends to the acts or omissions of all perpetrators, including private persons';
    const found = ids(statedObligations(r, text));
    expect(found).toContain('obl:due-diligence');
    expect(found).not.toContain('obl:remedies');
  });

  it('states none where a sentence reports what a named country requires', () => {
    // A/79/322, box 2
    const text =
      'In article 4 of its recently adopted Federal Decree by Law No. 24 of 2023 on combating human trafficking, the United Arab Emirates requires that trafficking victims involved in the prosecution of traffickers be informed of their legal rights in a language they understand, and provided with medical and psychological support.';
    const country = text.indexOf('United Arab Emirates');
    expect(ids(statedObligations(r, text))).toContain('obl:protect-assist');
    expect(statedObligations(r, text, [], [{ start: country, end: country + 20 }])).toEqual([]);
  });

  it('reads an item in -ing under a lead-in that states a duty as one of its calls', () => {
    const leadIn = 'Additional actions that may be required of States to meet the standard include:';
    const item =
      'Ensuring that procedures are in place for the effective investigation of complaints of trafficking. These procedures should be public.';
    expect(ids(statedObligations(r, item, [], [], leadIn))).toContain('obl:investigate-prosecute');
    // the same item alone describes, it states no duty
    expect(ids(statedObligations(r, item))).not.toContain('obl:investigate-prosecute');
  });

  it('reads a title before a colon as naming the duty its body states', () => {
    const text =
      'Criminalization independent of any transnational offence: the offence of trafficking should be established in the domestic law of every State.';
    expect(ids(statedObligations(r, text))).toContain('obl:criminalize');
    const untitled =
      'Criminalization independent of any transnational offence: some States have reformed their law.';
    expect(ids(statedObligations(r, untitled))).toEqual([]);
  });

  it('states a named principle', () => {
    // A/79/322, para 42
    const text =
      'According to the Special Rapporteur on trafficking in persons, especially women and children, ensuring a comprehensive response to trafficking requires that the non-punishment principle be applied to unlawful acts';
    expect(ids(statedObligations(r, text))).toContain('obl:non-punishment');
  });
});

describe('obligation catalogue', () => {
  it('gives the legal bases ONTOLOGY.md fixes', () => {
    expect(legalBasis.get('criminalize')).toContainEqual({
      instrument: 'trafficking-protocol',
      article: '5',
    });
    expect(legalBasis.get('suppress-trafficking')).toContainEqual({ instrument: 'cedaw', article: '6' });
    expect(legalBasis.get('discourage-demand')).toContainEqual({
      instrument: 'trafficking-protocol',
      article: '9(5)',
    });
    expect(legalBasis.get('child-protection')).toContainEqual({ instrument: 'crc', article: '35' });
    expect(legalBasis.get('labour-protection')?.map((b) => b.instrument)).toEqual(
      expect.arrayContaining(['ilo-c189', 'ilo-p29']),
    );
  });
});
