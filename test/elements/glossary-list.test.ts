import { expect } from '@open-wc/testing';
import { all, mount, part, parts, referenceStory, sleep, text, until } from '../support/helpers.js';
import { termId, termIds } from '../../src/glossary-list/term-id.js';

describe('glossary-list: term ids', () => {
  const rows: Array<[string, string]> = [
    ['BIS Entity List', 'term-bis-entity-list'],
    ['model-API layer', 'term-model-api-layer'],
    ['  AI -- diffusion rules!  ', 'term-ai-diffusion-rules'],
    ['Überwachung', 'term-überwachung'],
    ['G7/G20', 'term-g7-g20'],
  ];
  for (const [term, id] of rows) it(`${term} → ${id}`, () => expect(termId(term)).to.equal(id));
  it('colliding slugs get a suffix no slug can have', () => expect(termIds(['A.B', 'A B', 'a-b'])).to.deep.equal(['term-a-b', 'term-a-b--2', 'term-a-b--3']));
});

describe('glossary-list', () => {
  it('is defined', () => expect(customElements.get('glossary-list')?.name).to.equal('GlossaryList'));

  it('is accessible', async () => {
    await expect(await mount('glossary-list')).to.be.accessible();
  });

  it('shows the six terms as dfn with stable ids and their definitions', async () => {
    const el = await mount('glossary-list');
    const list = part(el, 'list')!;
    expect(list.tagName).to.equal('DL');
    const dfns = all(el, 'dfn');
    expect(dfns.map((d) => d.id)).to.deep.equal([
      'term-bis-entity-list',
      'term-model-api-layer',
      'term-frontier-models',
      'term-model-weights',
      'term-ai-diffusion-rules',
      'term-regulatory-capture',
    ]);
    expect(parts(el, 'term').map(text)[0]).to.equal('BIS Entity List');
    expect(text(parts(el, 'definition')[5])).to.equal(referenceStory().glossary![5].definition);
  });

  it('follows the page hash to a term and marks it', async () => {
    const el = await mount('glossary-list');
    location.hash = '#term-model-weights';
    await sleep(50);
    await el.updateComplete;
    expect(all(el, 'dfn[aria-current="true"]').map((d) => d.id)).to.deep.equal(['term-model-weights']);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('moves the mark with the hash, drops it when the hash leaves, and keeps it on its term across a new story', async () => {
    const el = await mount('glossary-list');
    const marked = () => all(el, 'dfn[aria-current="true"]').map((d) => d.id);
    location.hash = '#term-model-weights';
    await until(() => marked().length === 1);
    expect(marked()).to.deep.equal(['term-model-weights']);
    location.hash = '#term-frontier-models';
    await until(() => marked()[0] === 'term-frontier-models', 500);
    expect(marked()).to.deep.equal(['term-frontier-models']);
    // The same terms in reverse order: the mark follows the term, not the position.
    const reversed = referenceStory();
    reversed.glossary!.reverse();
    el.story = reversed;
    await el.updateComplete;
    expect(marked()).to.deep.equal(['term-frontier-models']);
    expect(all(el, 'dfn')[3].id).to.equal('term-frontier-models');
    location.hash = '#elsewhere';
    await until(() => marked().length === 0, 500);
    expect(marked()).to.deep.equal([]);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('three glossaries: the first answers the hash; one moved with its mark drops it when the hash leaves', async () => {
    const els = [await mount('glossary-list'), await mount('glossary-list'), await mount('glossary-list')];
    const marks = () => els.map((el) => all(el, 'dfn[aria-current="true"]').map((d) => d.id).join());
    location.hash = '#term-model-weights';
    await until(() => marks()[0] === 'term-model-weights');
    expect(marks()).to.deep.equal(['term-model-weights', '', '']);
    // A framework re-orders the list: out and back in within one task.
    els[2].after(els[0]);
    location.hash = '#nothing';
    await until(() => marks().every((m) => m === ''), 500);
    expect(marks()).to.deep.equal(['', '', '']);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('no glossary: says so', async () => {
    const story = referenceStory();
    delete story.glossary;
    const el = await mount('glossary-list', story);
    expect(text(part(el, 'base'))).to.equal('No glossary for this story.');
  });
});
