// The fixture bundle with the values a CSV file makes tricky on a few nodes and relationships: quotes,
// the field and list delimiters of CSV and of the importer's defaults, line breaks, backslashes,
// non-ASCII, empty strings and lists, floats and integers, large and tiny numbers, booleans.
import type { GraphBundle, PropertyValue } from '../../../server/src/store/bundle';
import { miniBundle } from '../fixture';

const TRICKY: Record<string, PropertyValue> = {
  quoted: 'she said "no", then left; \'twice\'',
  lines: 'first line\nsecond line\r\nthird, after CRLF\n',
  backslashes: 'C:\\path\\to\\"file"\\',
  unicode: 'ünïcødé — 女性 🎉 \u00a0(nbsp)',
  blank: '',
  spaces: '  padded  ',
  commaList: ['a,b', 'c"d', 'e;f', ' g ', 'h\ni'],
  numberList: [0.1, -2, 1e21, 3, 2 ** 53],
  emptyList: [],
  yes: true,
  no: false,
  integer: 42,
  fraction: -1.5,
  tiny: 5e-324,
  huge: 1.7976931348623157e308,
};

export function trickyBundle(): GraphBundle {
  const bundle = miniBundle();
  for (const [i, node] of bundle.nodes.entries())
    if (i % 9 === 0) node.properties = { ...node.properties, ...TRICKY };
  for (const [i, rel] of bundle.relationships.entries())
    if (i % 11 === 0) rel.properties = { ...rel.properties, ...TRICKY };
  return bundle;
}
