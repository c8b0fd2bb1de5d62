// `heading-level` (2–6): the meter's breakdown headings fit the page's outline.
import { expect } from '@open-wc/testing';
import { all, mount } from '../support/helpers.js';

const levels = async (attrs: string) => {
  const el = await mount('reality-meter', undefined, `open ${attrs}`);
  return [...new Set(all(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName))];
};

describe('reality-meter: heading-level', () => {
  it('defaults to h3 with h4 below', async () => expect(await levels('')).to.deep.equal(['h3', 'h4']));
  it('heading-level="2" gives h2 with h3 below', async () => expect(await levels('heading-level="2"')).to.deep.equal(['h2', 'h3']));
  it('heading-level="5" gives h5 with h6 below', async () => expect(await levels('heading-level="5"')).to.deep.equal(['h5', 'h6']));
  it('heading-level="6" keeps its sub-headings at h6 (there is no h7)', async () => expect(await levels('heading-level="6"')).to.deep.equal(['h6']));
  it('a level outside 2–6 falls back to 3', async () => {
    expect(await levels('heading-level="9"')).to.deep.equal(['h3', 'h4']);
    expect(await levels('heading-level="x"')).to.deep.equal(['h3', 'h4']);
  });
  it('passes axe with heading-level="2"', async () => {
    const el = await mount('reality-meter', undefined, 'open heading-level="2"');
    await expect(el).to.be.accessible();
  });
});
