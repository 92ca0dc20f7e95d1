import { describe, expect, it } from 'vitest';
import { findIloCitations } from '../../graph-seed/src/recognise/ilo';
import {
  findSymbolCitations,
  instrumentFromSymbol,
  symbolSlug,
} from '../../graph-seed/src/recognise/symbols';

const ids = (text: string) => [...new Set(findSymbolCitations(text).map((h) => h.target))];
const ilo = (text: string) => [...new Set(findIloCitations(text).map((h) => h.target))];

describe('UN resolutions by number', () => {
  it('tells a General Assembly resolution from an ECOSOC one by the form of its number', () => {
    // A/71/223 para 4
    const text =
      'the General Assembly adopted a resolution on improving the coordination of efforts against trafficking in persons (resolution 70/179). The Economic and Social Council adopted a resolution on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons (resolution 2015/23).';
    expect(ids(text)).toEqual(['inst:ga-res-70-179', 'inst:ecosoc-res-2015-23']);
  });

  it('reads a Security Council resolution with its year', () => {
    // CEDAW/C/GC/38 para 87
    const [hit] = findSymbolCitations(
      'process in line with Security Council resolution 1325 (2000) and the follow up',
    );
    expect(hit?.target).toBe('inst:sc-res-1325');
    expect(hit?.entity.properties).toMatchObject({ name: 'Security Council resolution 1325', year: 2000 });
  });

  it('gives a resolution to the council the provision names before it', () => {
    expect(ids('Source: United Nations Human Rights Council resolution 17/1.')).toEqual([
      'inst:hrc-res-17-1',
    ]);
    // A/71/223 para 5: the Council is named a sentence earlier
    const text =
      'The Human Rights Council has also identified links between migration and trafficking in persons. Apart from the resolution on the mandate of the Special Rapporteur on trafficking in persons, especially women and children (resolution 26/8), the Council has adopted several resolutions';
    expect(ids(text)).toEqual(['inst:hrc-res-26-8']);
  });

  it('does not guess an id for the resolution of a body without one', () => {
    // A/79/322 footnote 9
    expect(ids('CTOC/COP/2020/10, sect. I.A, resolution 10/1.')).toEqual(['inst:report-ctoc-cop-2020-10']);
  });

  it('reads every resolution of a list', () => {
    expect(ids('General Assembly resolutions 70/179 and 70/130')).toEqual([
      'inst:ga-res-70-179',
      'inst:ga-res-70-130',
    ]);
  });

  it('reads every resolution of a list that gives each one its date', () => {
    expect(
      ids(
        'Recalling its resolutions 61/144 of 19 December 2006, 63/156 of 18 December 2008 and 65/190 of 21 December 2010,',
      ),
    ).toEqual(['inst:ga-res-61-144', 'inst:ga-res-63-156', 'inst:ga-res-65-190']);
  });

  it('reads a bare session/number in parentheses as a resolution where its sentence speaks of resolutions', () => {
    const text =
      'The Human Rights Council has adopted several resolutions. Those include resolutions on nationality (26/14), on migrants in transit (29/2 and 29/12).';
    expect(ids(text)).toEqual(['inst:hrc-res-26-14', 'inst:hrc-res-29-2', 'inst:hrc-res-29-12']);
    expect(ids('The General Assembly adopted texts on migrants (70/130) and on women (70/179).')).toEqual([]);
    expect(ids('Hotlines operational 24/7 (see resolutions).')).toEqual([]);
  });
});

describe('UN document symbols', () => {
  it('slugs a symbol: lower case, every run of other characters one hyphen', () => {
    expect(symbolSlug('E/CN.6/2024/L.3')).toBe('e-cn-6-2024-l-3');
    expect(ids('(see A/HRC/32/40).')).toEqual(['inst:report-a-hrc-32-40']);
    expect(ids('Most recently A/77/170.')).toEqual(['inst:report-a-77-170']);
  });

  it('reads resolution and general recommendation symbols as those instruments', () => {
    expect(instrumentFromSymbol('A/RES/64/293')?.id).toBe('inst:ga-res-64-293');
    expect(instrumentFromSymbol('CEDAW/C/GC/32')?.id).toBe('inst:cedaw-gr32');
    expect(instrumentFromSymbol('A/77/292')?.properties).toEqual({
      name: 'A/77/292',
      kind: 'report',
      symbol: 'A/77/292',
    });
  });

  it('takes no word pair with a slash for a symbol', () => {
    expect(ids('HIV/AIDS and/or 24/7 services')).toEqual([]);
  });
});

describe('general recommendations and general comments', () => {
  it('reads a CEDAW general recommendation by number, and its symbol, as one instrument', () => {
    // A/71/223 para 4
    const text =
      'General Recommendation No. 32 of the Committee on the Elimination of Discrimination against Women, on the gender-related dimensions of refugee status, asylum, nationality and statelessness of women (CEDAW/C/GC/32)';
    expect(ids(text)).toEqual(['inst:cedaw-gr32']);
  });

  it('gives a general comment to the committee named next to it', () => {
    expect(ids('general comment No. 6 (2005) of the Committee on the Rights of the Child')).toEqual([
      'inst:crc-gc6',
    ]);
    expect(ids('Human Rights Committee, general comment No. 15')).toEqual(['inst:ccpr-gc15']);
  });
});

describe('ILO instruments by number', () => {
  it('reads every ILO form of CEDAW/C/GC/38 para 121(e)', () => {
    const text =
      'ILO Labour rights framework for the governance of labour migration and protection of migrant workers: Domestic Workers Convention C189 and Recommendation 201 on Decent Work for Domestic Workers; Convention C190 on Ending Violence and Harassment in the World of Work; Forced Labour Conventions (No. 29) 1930 and (No. 105) 1957, Protocol (P029) 2014 and Recommendation (R203) 2014;';
    expect(ilo(text).sort()).toEqual(
      [
        'inst:ilo-c189',
        'inst:ilo-r201',
        'inst:ilo-c190',
        'inst:ilo-c29',
        'inst:ilo-c105',
        'inst:ilo-p29',
        'inst:ilo-r203',
      ].sort(),
    );
  });

  it('reads "(No. N)" after a Convention title with its year', () => {
    // A/RES/77/194 para 5
    const hits = findIloCitations(
      'the Forced Labour Convention, 1930 (No. 29) and the Protocol thereto, the Labour Inspection Convention, 1947 (No. 81),',
    );
    expect(hits.map((h) => h.target)).toEqual(['inst:ilo-c29', 'inst:ilo-c81']);
    expect(hits[0]?.entity.properties.year).toBe(1930);
  });

  it('does not read a general recommendation or a UNHCR guideline number as ILO', () => {
    expect(ilo('General Recommendation No. 32 of the Committee')).toEqual([]);
    expect(ilo('UNHCR Guidelines on international protection: No. 1 (Gender), No. 7 (Trafficking)')).toEqual(
      [],
    );
  });
});
