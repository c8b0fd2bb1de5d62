// <reality-meter variant="badge">: one compact line (gauge, score, band) for article lists, "Why
// this score?" on demand, accessible, with its own reserved height; and the meter's evidence
// citations as links to their sources when the URL is safe.
import { expect } from '@open-wc/testing';
import { all, mount, mountMarkup, oneEvent, part, parts, referenceStory, text } from '../support/helpers.js';

describe('reality-meter variant="badge"', () => {
  it('is one line: the gauge with the score, and the band in words', async () => {
    const el = await mount('reality-meter', referenceStory(), 'variant="badge"');
    expect(el.variant).to.equal('badge');
    expect(text(part(el, 'score'))).to.equal('34');
    expect(text(part(el, 'band'))).to.equal('Doubtful');
    expect(part(el, 'claim')).to.equal(null);
    const meter = part(el, 'meter')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-valuetext')).to.equal('34 of 100: Doubtful');
    const line = part(el, 'meter')!.parentElement!.getBoundingClientRect(); // the badge's one line
    const score = part(el, 'score')!.getBoundingClientRect();
    const band = part(el, 'band')!.getBoundingClientRect();
    expect(Math.abs(score.top + score.height / 2 - (band.top + band.height / 2))).to.be.below(8);
    expect(el.getBoundingClientRect().height).to.be.below(64);
    expect(line.height).to.be.below(48);
  });

  it('opens "Why this score?" on demand, with the same factors as the full meter', async () => {
    const el = await mount('reality-meter', referenceStory(), 'variant="badge"');
    const breakdown = part(el, 'breakdown') as HTMLDetailsElement;
    expect(breakdown.open).to.equal(false);
    expect(parts(el, 'factor').length).to.equal(0);
    const toggled = oneEvent(breakdown, 'toggle');
    breakdown.querySelector('summary')!.click();
    await toggled;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(parts(el, 'factor').map(text)).to.deep.equal(['Source trust 16 of 40', 'Evidence balance 18 of 30', 'Corroboration 0 of 15', 'Signal 0 of 15']);
  });

  it('is accessible closed and open', async () => {
    const el = await mount('reality-meter', referenceStory(), 'variant="badge"');
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reserves its own height while loading, far less than the full meter', async () => {
    const badge = await mountMarkup<'reality-meter'>('<reality-meter variant="badge" src="/test-server/never?key=badge-height"></reality-meter>');
    const full = await mountMarkup<'reality-meter'>('<reality-meter src="/test-server/never?key=badge-height"></reality-meter>');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(badge.getAttribute('aria-busy')).to.equal('true');
    expect(badge.getBoundingClientRect().height).to.equal(2.75 * rem);
    expect(full.getBoundingClientRect().height).to.be.above(10 * rem);
  });

  it('the dist/reality-kit.css rule gives an undefined badge the same height', async () => {
    const css = await (await fetch('/dist/reality-kit.css')).text();
    expect(css).to.contain('reality-meter[variant="badge"]:not(:defined){display:block;min-height:var(--reality-meter-badge-min-height,2.75rem)}');
  });
});

describe('reality-meter evidence citations', () => {
  const open = async (story: unknown) => mount('reality-meter', story, 'open');

  it('link each cited source whose URL is safe, in a new tab without opener or referrer', async () => {
    const el = await open(referenceStory());
    const links = all<HTMLAnchorElement>(el, '.cites a');
    expect(links.length).to.equal(2); // two supporting items cite wsj
    expect(links[0].href).to.equal('https://www.wsj.com/');
    expect(links[0].target).to.equal('_blank');
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(text(links[0])).to.equal('The Wall Street Journal (opens in a new tab)');
  });

  it('leave the name as text when the URL is unsafe or missing, and link each of several sources', async () => {
    const story = referenceStory();
    story.sources = [
      { id: 'a', name: 'Alpha', url: 'javascript:alert(1)', trust: 50 },
      { id: 'b', name: 'Beta', trust: 50 },
      { id: 'c', name: 'Gamma', url: 'https://gamma.example/report', trust: 50 },
    ];
    story.claim.evidence = [{ stance: 'supports', text: 'Three sources.', sources: ['a', 'b', 'c'] }];
    const el = await open(story);
    const cites = part(el, 'citation')!;
    expect(text(cites)).to.equal('(Sources: Alpha, Beta, Gamma (opens in a new tab))');
    const links = [...cites.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://gamma.example/report']);
  });

  it('follow a translated "cites" text with the names where the translation puts them', async () => {
    const el = await open(referenceStory());
    el.strings = { cites_one: 'Quelle: {names}.' };
    await el.updateComplete;
    expect(text(part(el, 'citation'))).to.equal('Quelle: The Wall Street Journal (opens in a new tab).');
  });
});
