// Glossary ids in every script: NFC, combining marks kept, unique within a glossary with a suffix no
// other term's id can have, and a page address (raw or percent-encoded, NFC or NFD) that finds them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fragmentTermId, termId, termIds } from '../../src/glossary-list/term-id.js';
import { referenceStory } from '../fixtures/index.js';
import { all, mount, until } from '../support/helpers.js';

const NFD = (s: string) => s.normalize('NFD');

describe('glossary ids: every script', () => {
  const rows: Array<[string, string, string]> = [
    ['Devanagari keeps its vowel signs', 'मॉडल वेट्स', 'term-मॉडल-वेट्स'],
    ['Devanagari: कि and के stay apart (1)', 'कि', 'term-कि'],
    ['Devanagari: कि and के stay apart (2)', 'के', 'term-के'],
    ['NFD Latin is composed first', NFD('Über-Regulierung'), 'term-über-regulierung'],
    ['NFC Latin', 'Über-Regulierung', 'term-über-regulierung'],
    ['Thai keeps its marks', 'ปัญญาประดิษฐ์', 'term-ปัญญาประดิษฐ์'],
    ['Arabic with its short vowels', 'الذَّكاء الاصطناعي', 'term-الذَّكاء-الاصطناعي'],
    ['Japanese', '輸出規制 リスト', 'term-輸出規制-リスト'],
    ['emoji alone: its code points', '🤖', 'term--1f916'],
    ['punctuation only: its code points', '!?', 'term--21-3f'],
    ['case variants meet', 'BIS Entity List', 'term-bis-entity-list'],
    ['case variants meet (lower)', 'bis entity list', 'term-bis-entity-list'],
    ['Greek final sigma lower-cased', 'ΣΟΦΟΣ', 'term-σοφος'],
  ];
  for (const [name, term, id] of rows) it(`${name}: ${term} → ${id}`, () => expect(termId(term)).to.equal(id));

  it('x, X! and x-2 get three different ids', () => {
    const ids = termIds(['x', 'X!', 'x-2']);
    expect(ids).to.deep.equal(['term-x', 'term-x--2', 'term-x-2']);
  });

  it('case variants in one glossary get distinct ids', () => {
    expect(termIds(['BIS Entity List', 'bis entity list', 'Bis Entity List'])).to.deep.equal([
      'term-bis-entity-list',
      'term-bis-entity-list--2',
      'term-bis-entity-list--3',
    ]);
  });

  it('an address fragment is normalised as the ids are (raw, percent-encoded, NFD)', () => {
    const id = 'term-मॉडल-वेट्स';
    expect(fragmentTermId(`#${id}`)).to.equal(id);
    expect(fragmentTermId(`#${encodeURIComponent(id)}`)).to.equal(id);
    expect(fragmentTermId(`#${encodeURIComponent(NFD('term-Über-Regulierung'))}`)).to.equal('term-über-regulierung');
    expect(fragmentTermId('#other')).to.equal(null);
    expect(fragmentTermId('#term-%E0%A4')).to.equal(null); // a malformed escape names nothing
  });
});

describe('glossary ids: properties', () => {
  const settings = { seed: 20261130, numRuns: 1000 };
  const term = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('x', 'X', 'x!', 'x-2', 'x--2', 'X-2', 'कि', 'के', 'ü', NFD('ü'), '🤖', '!', '-', ' '),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );

  it('ids are unique within a glossary', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), (terms) => new Set(termIds(terms)).size === terms.length),
      settings,
    );
  });

  it('ids are stable: the same terms give the same ids, and adding a term never changes the earlier ones', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), term, (terms, extra) => {
        const before = termIds(terms);
        const after = termIds([...terms, extra]);
        return JSON.stringify(termIds(terms)) === JSON.stringify(before) && JSON.stringify(after.slice(0, -1)) === JSON.stringify(before);
      }),
      settings,
    );
  });

  it('an id is found again from its address, raw or percent-encoded', () => {
    fc.assert(
      fc.property(term, (t) => {
        const id = termId(t);
        return fragmentTermId(`#${id}`) === id && fragmentTermId(`#${encodeURIComponent(id)}`) === id;
      }),
      settings,
    );
  });
});

describe('glossary-list: a link in another script marks its term', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#term-मॉडल-वेट्स (percent-encoded by the browser) marks the Hindi term', async () => {
    const story = referenceStory();
    story.glossary = [
      { term: 'मॉडल वेट्स', definition: 'मॉडल के सीखे हुए मान।' },
      { term: 'कि', definition: 'एक' },
      { term: 'के', definition: 'दो' },
    ];
    const el = await mount('glossary-list', story);
    expect(all(el, 'dfn').map((d) => d.id)).to.deep.equal(['term-मॉडल-वेट्स', 'term-कि', 'term-के']);
    location.hash = '#term-मॉडल-वेट्स';
    await until(() => all(el, 'dfn[aria-current="true"]').length === 1, 1000);
    expect(all(el, 'dfn[aria-current="true"]').map((d) => d.id)).to.deep.equal(['term-मॉडल-वेट्स']);
  });
});
