import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, mount, oneEvent, part, parts, referenceStory, text } from '../support/helpers.js';

describe('reality-meter', () => {
  it('is defined', () => expect(customElements.get('reality-meter')?.name).to.equal('RealityMeter'));

  it('is accessible closed and open', async () => {
    const el = await mount('reality-meter');
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the score, band, claim, signal, confidence, sources and horizon', async () => {
    const el = await mount('reality-meter');
    expect(text(part(el, 'score'))).to.equal('34');
    expect(text(part(el, 'band'))).to.equal('Doubtful');
    expect(text(part(el, 'claim'))).to.equal(referenceStory().claim.text);
    expect(text(part(el, 'signal'))).to.equal('Signal: hype');
    const facts = all(el, '[part~="facts"] li').map(text);
    expect(facts).to.deep.equal(['Signal: hype', 'Low confidence: single source', '1 source on file · Avg trust 40/100', 'Time horizon: months']);
  });

  it('the gauge is a meter with its value attributes', async () => {
    const el = await mount('reality-meter');
    const meter = part(el, 'meter')!;
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('100');
    expect(meter.getAttribute('aria-valuenow')).to.equal('34');
    expect(meter.getAttribute('aria-valuetext')).to.equal('34 of 100: Doubtful');
    expect(meter.getAttribute('aria-label')).to.equal('Reality score');
  });

  it('"Why this score?" opens the factors, methodology, evidence by stance and reasoning', async () => {
    const el = await mount('reality-meter');
    const breakdown = part(el, 'breakdown') as HTMLDetailsElement;
    expect(breakdown.open).to.equal(false);
    expect(text(breakdown.querySelector('summary'))).to.equal('Why this score?');
    const toggled = oneEvent(breakdown, 'toggle');
    breakdown.querySelector('summary')!.click();
    await toggled;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(parts(el, 'factor').map(text)).to.deep.equal(['Source trust 16 of 40', 'Evidence balance 18 of 30', 'Corroboration 0 of 15', 'Signal 0 of 15']);
    expect(text(part(el, 'methodology'))).to.contain('Methodology version 1');
    expect(all(el, '[part~="evidence"] h4').map(text)).to.deep.equal(['Supports (3)', 'Caveats (3)', 'Contradicts (0)']);
    expect(all(el, '[part~="stance-supports"] li').length).to.equal(3);
    expect(text(all(el, '[part~="stance-supports"] li [part~="citation"] a')[0]).startsWith('The Wall Street Journal')).to.equal(true);
    expect(text(all(el, '[part~="stance-supports"] li')[0])).to.match(/\(Source: The Wall Street Journal \(opens in a new tab\)\)$/);
    expect(all(el, '[part~="reasoning"] p').map((p) => text(p.querySelector('strong')))).to.deep.equal(['Credibility.', 'Strength.', 'Impact.']);
  });

  it('the open attribute reflects both ways', async () => {
    const el = await mount('reality-meter', referenceStory(), 'open');
    expect((part(el, 'breakdown') as HTMLDetailsElement).open).to.equal(true);
    el.removeAttribute('open');
    await el.updateComplete;
    expect((part(el, 'breakdown') as HTMLDetailsElement).open).to.equal(false);
  });

  it('opens from the keyboard', async () => {
    const el = await mount('reality-meter');
    (part(el, 'breakdown')!.querySelector('summary') as HTMLElement).focus();
    const toggled = oneEvent(part(el, 'breakdown')!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
  });

  it('markup in story text stays text', async () => {
    const story = referenceStory();
    story.claim.text = '<img src=x onerror="window.__pwned=1">Claim';
    const el = await mount('reality-meter', story);
    expect(text(part(el, 'claim'))).to.equal('<img src=x onerror="window.__pwned=1">Claim');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows lang for numbers (Arabic digits) and takes translated strings', async () => {
    const el = await mount('reality-meter', referenceStory(), 'lang="ar-EG"');
    expect(text(part(el, 'score'))).to.equal('٣٤');
    el.strings = { bandDoubtful: 'Zweifelhaft', why: 'Warum diese Bewertung?' };
    el.lang = 'de';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(part(el, 'score'))).to.equal('34');
    expect(text(part(el, 'band'))).to.equal('Zweifelhaft');
    expect(part(el, 'meter')!.getAttribute('aria-valuetext')).to.equal('34 of 100: Zweifelhaft');
  });
});
