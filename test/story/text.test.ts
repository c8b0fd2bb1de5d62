import { expect } from '@open-wc/testing';
import { cleanStrings, cleanText } from '../../src/story/text.js';

const rows: Array<{ name: string; input: string; expected: string }> = [
  { name: 'plain text is unchanged', input: 'Holds up', expected: 'Holds up' },
  { name: 'markup stays as characters', input: '<b>bold</b> & <script>', expected: '<b>bold</b> & <script>' },
  { name: 'newline and tab are kept', input: 'a\nb\tc', expected: 'a\nb\tc' },
  { name: 'NUL, BEL, ESC and CR are removed', input: 'a\u0000b\u0007c\u001bd\re', expected: 'abcde' },
  { name: 'DEL and C1 controls are removed', input: 'a\u007fb\u0085c\u009fd', expected: 'abcd' },
  { name: 'bidi embeddings and overrides are removed', input: 'a\u202ab\u202bc\u202cd\u202de\u202ef', expected: 'abcdef' },
  { name: 'bidi isolates are removed', input: 'a\u2066b\u2067c\u2068d\u2069e', expected: 'abcde' },
  { name: 'a lone high surrogate becomes U+FFFD', input: 'a\ud800b', expected: 'a\ufffdb' },
  { name: 'a lone low surrogate becomes U+FFFD', input: 'a\udc00b', expected: 'a\ufffdb' },
  { name: 'a trailing high surrogate becomes U+FFFD', input: 'ab\ud83d', expected: 'ab\ufffd' },
  { name: 'a valid pair is kept', input: 'a\ud83d\ude00b', expected: 'a😀b' },
  { name: 'right-to-left text itself is kept', input: 'مرحبا', expected: 'مرحبا' },
  { name: 'zero-width joiner in an emoji is kept', input: '👩\u200d💻', expected: '👩\u200d💻' },
  { name: 'ZWNJ in a Persian word is kept', input: 'می\u200cخواهم', expected: 'می\u200cخواهم' },
  { name: 'ZWSP between Thai words is kept', input: 'ภาษา\u200bไทย', expected: 'ภาษา\u200bไทย' },
  { name: 'LRM, RLM and ALM are kept', input: 'a\u200eb\u200fc\u061cd', expected: 'a\u200eb\u200fc\u061cd' },
  { name: 'line and paragraph separators become a newline', input: 'a\u2028b\u2029c', expected: 'a\nb\nc' },
  { name: 'a byte-order mark inside text is removed', input: 'a\ufeffb', expected: 'ab' },
  { name: 'tag characters outside a flag are removed', input: 'a\u{E0041}\u{E0042}b\u{E007F}', expected: 'ab' },
  { name: 'an emoji tag sequence (the flag of Scotland) is kept whole', input: '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}!', expected: '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}!' },
];

describe('text hygiene', () => {
  for (const row of rows) it(row.name, () => expect(cleanText(row.input)).to.equal(row.expected));
  it('cleans every string in a nested value and leaves other values alone', () => {
    const input = { a: 'x\u0000', b: ['y\u202e', 3, true, null], c: { d: 'z\ud800' } };
    expect(cleanStrings(input)).to.deep.equal({ a: 'x', b: ['y', 3, true, null], c: { d: 'z\ufffd' } });
  });
  it('reads -0 as 0, so no figure shows as "-0"', () => {
    const value = cleanStrings({ trust: -0, list: [-0, 1] });
    expect(Object.is(value.trust, 0) && Object.is(value.list[0], 0)).to.equal(true);
  });
});
