import { describe, expect, it } from 'vitest';
import {
  luceneQuery,
  matchesAll,
  queryTerms,
  scoreNode,
  searchTokens,
  snippet,
  tokenize,
} from '../../../server/src/store/contract/text-search';
import { StoreError } from '../../../server/src/store/store-error';

describe('shared full-text rules', () => {
  it('tokenizes into lower-case words without accents, splitting on punctuation', () => {
    expect(tokenize("Women's rights, Belém do Pará; 77/194 and 54(b)")).toEqual([
      'women',
      's',
      'rights',
      'belem',
      'do',
      'para',
      '77',
      '194',
      'and',
      '54',
      'b',
    ]);
  });

  it('indexes names, aliases and text but not other properties', () => {
    expect(
      searchTokens({ name: 'States', aliases: ['Member States'], kind: 'state-group', text: 'Urges' }),
    ).toBe('states member states urges');
  });

  it('builds a Lucene query that requires every term as a prefix', () => {
    expect(luceneQuery(['traffick', 'women'])).toBe('+traffick* +women*');
  });

  it('matches when every term prefixes some token', () => {
    expect(matchesAll(['traffick', 'wom'], ['trafficking', 'in', 'women'])).toBe(true);
    expect(matchesAll(['traffick', 'men'], ['trafficking', 'in', 'women'])).toBe(false);
  });

  it('rejects text without words with INVALID_ARGUMENT', () => {
    expect(() => queryTerms('  ;; ')).toThrowError(StoreError);
    try {
      queryTerms('--');
    } catch (e) {
      expect((e as StoreError).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('scores a name hit above a text hit and a whole word above a prefix', () => {
    const inName = scoreNode(['cedaw'], { name: 'CEDAW', text: 'a convention' });
    const inText = scoreNode(['cedaw'], { name: 'Convention', text: 'the CEDAW committee said' });
    const prefix = scoreNode(['ceda'], { name: 'CEDAW' });
    expect(inName).toBeGreaterThan(inText);
    expect(inName).toBeGreaterThan(prefix);
    expect(inName).toBeLessThanOrEqual(1);
  });

  it('marks the matched words in the snippet', () => {
    const s = snippet(['migr'], { name: 'x', text: 'Ensure safe migration pathways for migrant women' });
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['migration', 'migrant']);
  });
});
