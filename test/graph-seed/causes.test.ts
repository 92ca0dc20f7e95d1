import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogues } from '../../graph-seed/src/io/catalogues';
import {
  type CauseRecogniser,
  causeRecogniser,
  recogniseCauses,
} from '../../graph-seed/src/recognise/causes';

// Sentences of the kinds the corpus holds, read with the shipped catalogue.
let r: CauseRecogniser;
beforeAll(async () => {
  const c = await readCatalogues();
  r = causeRecogniser(c.rootCauses, c.riskCues);
});

const causes = (text: string, names: Array<{ start: number; end: number }> = []) =>
  recogniseCauses(r, text, names).map((m) => m.target);

describe('root causes', () => {
  it('finds each driver a paragraph lists as an underlying cause', () => {
    // GA res 77/194, preambular paragraph
    const text =
      'Recognizing that pervasive gender inequality, poverty, unemployment, lack of socioeconomic opportunities, gender-based violence, discrimination, including multiple and intersecting forms of discrimination, marginalization and persistent demand are among the underlying causes that make women and girls vulnerable to human trafficking,';
    expect(causes(text).sort()).toEqual([
      'cause:demand',
      'cause:gender-based-violence',
      'cause:gender-discrimination',
      'cause:marginalization',
      'cause:poverty-economic-injustice',
    ]);
  });

  it('does not read generic violence or discrimination as gender-based', () => {
    // OHCHR Fact Sheet 36, chapter I
    const text =
      'The many factors that increase individual vulnerability to trafficking include poverty, violence and discrimination.';
    expect(causes(text)).toEqual(['cause:poverty-economic-injustice']);
  });

  it('does not read what a rule of law prohibits as a driver the text discusses', () => {
    const rule =
      'A restriction must be consistent with other rights, such as the prohibition on sex-based discrimination.';
    expect(causes(rule)).toEqual([]);
    const driver = 'Sex-based discrimination keeps women out of regular work.';
    expect(causes(driver)).toEqual(['cause:gender-discrimination']);
  });

  it('does not read what a person is prosecuted for as a driver, nor a climate of impunity as the climate', () => {
    const offence = 'Trafficked persons should not be prosecuted for violations of immigration laws.';
    expect(causes(offence)).toEqual([]);
    const regime = 'Restrictive immigration laws push women into the hands of traffickers.';
    expect(causes(regime)).toContain('cause:migration-regimes');
    expect(causes('These factors combine to create a climate of impunity.')).not.toContain(
      'cause:climate-disasters',
    );
  });

  it('does not read forced marriage named as a form of exploitation as a harmful practice', () => {
    // A/71/223, para 12
    const text =
      'The harms of trafficking are known to be more severe for women and girls than for men and boys given the exposure of the former to specific forms of exploitation such as sexual exploitation and violence, domestic servitude and forced marriage.';
    expect(causes(text)).not.toContain('cause:harmful-practices');
  });

  it('reads child marriage discussed as a practice to end as a harmful practice', () => {
    // A/79/322, para 47
    const text =
      'For example, in Benin a zero tolerance campaign on child marriage focuses on preventing exploitation and promoting life skills among students, especially girls.';
    expect(causes(text)).toContain('cause:harmful-practices');
  });

  it('reads migration discussed as a source of vulnerability as migration regimes', () => {
    // CEDAW GR 38, para 24
    const text =
      'Sex-specific or discriminatory migration and asylum policies establishing measures such as increased border control, refusal of entry, pushbacks, expulsion or detention limit the movement of women and girls fleeing from crises and conflict zones.';
    expect(causes(text).sort()).toEqual(['cause:conflict-emergencies', 'cause:migration-regimes']);
  });

  it('reads impunity as corruption-impunity', () => {
    // A/79/322, para 55
    expect(causes('Convictions for trafficking remain low, with perpetrators enjoying impunity.')).toEqual([
      'cause:corruption-impunity',
    ]);
  });

  it('does not read a refugee convention title as displacement', () => {
    // CEDAW GR 38, para 121(f)
    const text =
      '1951 Convention Relating to the Status of Refugees; 1967 Protocol relating to the Status of Refugees;';
    expect(causes(text)).not.toContain('cause:conflict-emergencies');
  });

  it('ignores words inside the name of a body', () => {
    const text =
      'Welcomes the work of the Special Rapporteur on violence against women, its causes and consequences, on the risks women face';
    const name = 'Special Rapporteur on violence against women, its causes and consequences';
    const start = text.indexOf(name);
    expect(causes(text)).toContain('cause:gender-based-violence');
    expect(causes(text, [{ start, end: start + name.length }])).toEqual([]);
  });

  it('reads violence against women as a driver only where the sentence ties it to risk', () => {
    expect(causes('States should adopt national action plans on combating violence against women.')).toEqual(
      [],
    );
    expect(
      causes('Violence against women and girls increases their vulnerability to trafficking.'),
    ).toContain('cause:gender-based-violence');
  });

  it('does not read a status named as a qualifier as a driver', () => {
    // "regardless of" opens whom a duty covers, not what it sets out to address
    expect(
      causes(
        'Victims at risk should have access to remedies regardless of their nationality or migration status.',
      ),
    ).toEqual([]);
  });

  it('gives each mention the span of the words that discuss the driver', () => {
    const text = 'Technology continues to be misused by traffickers';
    const [m] = recogniseCauses(r, text);
    expect(m && text.slice(m.start, m.end)).toBe('Technology');
  });
});

describe('root causes, read by meaning (held-out audit)', () => {
  it('does not read a crisis centre as a crisis', () => {
    // CEDAW GR 38, para 93
    const text =
      'Provide immediate access to a sufficient number of adequately funded, well-equipped, shelters, and separate units for victims of sexual violence and enforced prostitution within shelters and crisis centres, which are safe, accessible, and appropriate for trafficked women and girls';
    expect(causes(text)).not.toContain('cause:conflict-emergencies');
  });

  it('does not read refugee status, a legal status, as displacement', () => {
    // CEDAW GR 38, para 87(b)
    const text =
      'such that when both grounds are recognized, women and girls have access to both refugee status and protection as victims or potential victims of trafficking;';
    expect(causes(text)).not.toContain('cause:conflict-emergencies');
  });

  it('does not read border control officials as a migration regime', () => {
    // GA res 77/194, para 40
    const text =
      'Invites Member States to provide training for law enforcement and border control officials, as well as medical personnel, in identifying potential cases of human trafficking for the purpose of organ removal;';
    expect(causes(text)).not.toContain('cause:migration-regimes');
  });

  it('reads measures that keep people from emigrating as a restrictive migration regime', () => {
    // OHCHR Fact Sheet 36, III.H
    const text =
      'States may, for example, take legislative, administrative or other measures to prevent individuals from emigrating in search of work.';
    expect(causes(text)).toContain('cause:migration-regimes');
  });

  it('reads informal and precarious employment as a lack of decent work', () => {
    // CEDAW GR 38, para 28
    const text =
      'A disproportionate number of migrant women are engaged in informal and precarious employment, particularly in sectors categorised as “low-skilled” such as care, domestic, manufacturing services.';
    expect(causes(text)).toContain('cause:poverty-economic-injustice');
    // GR 38, para 54(b): a workplace is not a kind of work
    expect(
      causes("including of migrant workers' seasonal and informal workplaces and accommodation"),
    ).toEqual([]);
  });

  it('reads restrictions on women’s employment as gender discrimination', () => {
    // CEDAW GR 38, para 58(a)
    const text =
      'Remove any restrictions on women’s employment to specific job categories or excluding female-dominated occupations from visa schemes;';
    expect(causes(text)).toContain('cause:gender-discrimination');
  });

  it('does not read technology as a tool against trafficking as its misuse', () => {
    // GA res 77/194, pp27
    const text =
      'Recognizing the potential of information and communications technologies, including the Internet, to prevent and combat human trafficking, in particular trafficking in women and children, and to assist victims,';
    expect(causes(text)).not.toContain('cause:digital-technology');
    // A/79/322, para 47: the misuse still is
    expect(causes('Technology continues to be misused by traffickers')).toContain('cause:digital-technology');
  });

  it('reads the vulnerability of migrant workers as a matter of migration', () => {
    // A/71/223, para 34
    const text =
      'As female migrant workers are highly vulnerable to discrimination, poor working conditions, abuse, exploitation and, at times, human trafficking';
    expect(causes(text)).toContain('cause:migration-regimes');
  });

  it('reads distress migration, and pathways for migration, as matters of migration', () => {
    // CEDAW GR 38, para 86; OHCHR Fact Sheet 36, III.G
    expect(
      causes(
        'areas where women and girls facing or at risk of distress migration and displacement are located',
      ),
    ).toContain('cause:migration-regimes');
    expect(
      causes('expanding the opportunities for legal, gainful and non-exploitative labour migration.'),
    ).toContain('cause:migration-regimes');
  });

  it('reads a clash with immigration regulations as migration, not armed conflict', () => {
    // A/79/322, para 15
    const text =
      'Trafficked women may also find themselves in conflict with immigration regulations in destination countries and thereby subjected to criminal charges.';
    expect(causes(text)).toEqual(['cause:migration-regimes']);
  });

  it('reads inclusion in the labour market as poverty, and a service offered as no driver', () => {
    const text =
      'Facilitate the inclusion of migrant women workers into the labour market and providing trainings for improving their skills.';
    expect(causes(text)).toEqual(['cause:poverty-economic-injustice']);
  });

  it('counts a group, a place or a service only where the sentence presents it as a source of risk', () => {
    expect(causes('Provide shelters and legal aid to refugees and asylum seekers.')).toEqual([]);
    expect(causes('Refugees and asylum seekers are particularly vulnerable to traffickers.')).toContain(
      'cause:conflict-emergencies',
    );
    expect(causes('Ensure access to quality education for girls in rural areas.')).toEqual([]);
    expect(
      causes('Girls in rural areas face a higher risk of being trafficked for lack of access to education.'),
    ).toEqual(['cause:education-gaps', 'cause:marginalization']);
  });

  it('reads a driver that only describes a group of people as a driver only where the sentence ties it to risk', () => {
    // CEDAW GR 38, para 84: the displaced and migrant women a service is for
    const served =
      'Improve cross-border collaboration to provide displaced and migrant women and girls with appropriate reception facilities and services.';
    expect(causes(served)).not.toContain('cause:conflict-emergencies');
    const atRisk = 'Displaced and migrant women and girls are especially vulnerable to trafficking.';
    expect(causes(atRisk)).toContain('cause:conflict-emergencies');
    // displacement itself is the driver, not a group
    expect(causes('Displacement has pushed many women into exploitative work.')).toContain(
      'cause:conflict-emergencies',
    );
  });

  it('reads officials as complicit only where the text ties them to the offence', () => {
    expect(
      causes('Ensure effective communication between authorities and officials involved in this process.'),
    ).not.toContain('cause:corruption-impunity');
    expect(causes('Punish public officials involved with human trafficking.')).toContain(
      'cause:corruption-impunity',
    );
    expect(causes('Investigate complaints of trafficking implicating public officials.')).toContain(
      'cause:corruption-impunity',
    );
  });

  it('reads technology as such as a driver only where the sentence ties it to risk', () => {
    expect(causes('The introduction of technologies lessens the burden on investigators.')).not.toContain(
      'cause:digital-technology',
    );
    expect(causes('Traffickers misuse technology to recruit women and girls.')).toContain(
      'cause:digital-technology',
    );
  });

  it('does not read the topic of data or a report as a driver the provision discusses', () => {
    expect(causes('Collect and publish data on domestic violence and on trafficking cases.')).not.toContain(
      'cause:gender-based-violence',
    );
    expect(causes('Domestic violence drives many women to migrate.')).toContain(
      'cause:gender-based-violence',
    );
  });

  it('reads the field a law or policy is about as a driver only where the sentence ties it to risk', () => {
    expect(causes('States have reformed their legislation on gender-based violence.')).not.toContain(
      'cause:gender-based-violence',
    );
    expect(
      causes(
        'Policies on gender-based violence matter because such violence increases the risk of trafficking.',
      ),
    ).toContain('cause:gender-based-violence');
  });

  it('does not read the topic of a training as a driver the provision discusses', () => {
    expect(causes('Provide training to police and prosecutors on gender-based violence.')).toEqual([]);
    expect(causes('Gender-based violence is a continuum with trafficking.')).toEqual([
      'cause:gender-based-violence',
    ]);
  });

  it('reads immigration enforcement and governing migration by their drivers', () => {
    // CEDAW GR 38, paras 54(c), 23 and 68
    expect(
      causes(
        'victims’ use of public services and immigration and/or criminal law enforcement for illegal labour;',
      ),
    ).toContain('cause:migration-regimes');
    expect(
      causes('While States have a sovereign prerogative to manage their borders and regulate migration'),
    ).toContain('cause:migration-regimes');
    expect(causes('Peacekeeping forces have fuelled the demand in post-conflict zones')).toContain(
      'cause:conflict-emergencies',
    );
  });
});
