import { expect } from '@open-wc/testing';
import { all, mount, part, parts, referenceStory, text } from '../support/helpers.js';

describe('source-list', () => {
  it('is defined', () => expect(customElements.get('source-list')?.name).to.equal('SourceList'));

  it('is accessible', async () => {
    await expect(await mount('source-list')).to.be.accessible();
  });

  it('shows the summary and each source: safe link, kind, trust with a bar, note', async () => {
    const el = await mount('source-list');
    expect(text(part(el, 'summary'))).to.equal('1 source on file · Avg trust 40/100');
    expect(parts(el, 'source').length).to.equal(1);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(text(link)).to.equal('The Wall Street Journal (opens in a new tab)');
    expect(link.getAttribute('href')).to.equal('https://www.wsj.com/');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(part(el, 'host'))).to.equal('www.wsj.com');
    expect(text(part(el, 'kind'))).to.equal('News');
    expect(text(part(el, 'trust'))).to.equal('Trust 40/100');
    expect(part(el, 'trust')!.querySelector('svg rect:nth-of-type(2)')!.getAttribute('width')).to.equal('40.00');
    expect(text(part(el, 'note'))).to.equal("Unnamed sourcing; 'reports' framing.");
  });

  it('an unsafe URL is plain text, never a link; a homograph host shows as punycode', async () => {
    const story = referenceStory();
    story.sources = [
      { id: 'a', name: 'Script', url: 'javascript:alert(1)', trust: 10 },
      { id: 'b', name: 'Homograph', url: 'https://аpple.com/', trust: 20 },
      { id: 'c', name: 'Relative', url: '/local', trust: 30 },
    ];
    story.claim.evidence = [];
    const el = await mount('source-list', story);
    expect(parts(el, 'link').length).to.equal(1);
    expect(text(part(el, 'host'))).to.equal('xn--pple-43d.com');
    expect(all(el, 'a').every((a) => a.getAttribute('href')!.startsWith('https://'))).to.equal(true);
    expect(text(part(el, 'summary'))).to.equal('3 sources on file · Avg trust 20/100');
  });

  it('no sources: says so, with no average', async () => {
    const story = referenceStory();
    story.sources = [];
    story.claim.evidence = [];
    const el = await mount('source-list', story);
    expect(text(part(el, 'summary'))).to.equal('No sources on file');
    expect(part(el, 'list')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('formats numbers in the nearest lang', async () => {
    const story = referenceStory();
    const el = await mount('source-list', story, 'lang="ar-EG"');
    expect(text(part(el, 'trust'))).to.equal('Trust ٤٠/١٠٠'); // the reader's digits throughout
  });
});
