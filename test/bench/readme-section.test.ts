import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../bench/lib/readme-section';

describe('replaceSection', () => {
  const readme = [
    '# Title',
    'before',
    '<!-- bench:summary -->',
    'old figures',
    '<!-- /bench:summary -->',
    'after',
    '',
  ].join('\n');

  it('replaces only the text between the markers and keeps the rest byte for byte', () => {
    const out = replaceSection(readme, 'summary', ['new 1', 'new 2']);
    expect(out).toBe(
      [
        '# Title',
        'before',
        '<!-- bench:summary -->',
        'new 1',
        'new 2',
        '<!-- /bench:summary -->',
        'after',
        '',
      ].join('\n'),
    );
  });

  it('gives the same README when run twice with the same lines', () => {
    const once = replaceSection(readme, 'summary', ['x']);
    expect(replaceSection(once, 'summary', ['x'])).toBe(once);
  });

  it('refuses a README without the section instead of appending somewhere', () => {
    expect(() => replaceSection('# no markers\n', 'summary', ['x'])).toThrow(/bench:summary/);
  });

  it('leaves other named sections alone', () => {
    const two = `${readme}<!-- bench:reliability -->\nkeep\n<!-- /bench:reliability -->\n`;
    expect(replaceSection(two, 'summary', ['y'])).toContain('<!-- bench:reliability -->\nkeep\n');
  });
});
