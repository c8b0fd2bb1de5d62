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
];

describe('text hygiene', () => {
  for (const row of rows) it(row.name, () => expect(cleanText(row.input)).to.equal(row.expected));
  it('cleans every string in a nested value and leaves other values alone', () => {
    const input = { a: 'x\u0000', b: ['y\u202e', 3, true, null], c: { d: 'z\ud800' } };
    expect(cleanStrings(input)).to.deep.equal({ a: 'x', b: ['y', 3, true, null], c: { d: 'z\ufffd' } });
  });
});
