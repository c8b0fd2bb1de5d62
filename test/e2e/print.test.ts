// Print (docs/elements.md, "Print"): the meter's breakdown printed open, controls (the disclosure, the
// vote buttons, the forecast form) left out, and the light palette even for a dark theme, checked by
// emulating print media in Chromium.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { mount, part, parts, referenceStory, until } from '../support/helpers.js';

const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
const background = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;

describe('print', () => {
  // The page is shared with the test files that run next: leave it on screen, with no scheme forced.
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('emulate-media-both', { media: '', colorScheme: '' });
  });

  it("prints the meter's breakdown open without its disclosure control, and closes it again after", async () => {
    const el = await mount('reality-meter');
    expect(parts(el, 'factor').length).to.equal(0);
    await emulateMedia({ media: 'print' });
    await until(() => parts(el, 'factor').length === 4);
    const breakdown = part(el, 'breakdown') as HTMLDetailsElement;
    expect(breakdown.open).to.equal(true);
    expect(shown(parts(el, 'factor')[0])).to.equal(true);
    expect(shown(part(el, 'evidence'))).to.equal(true);
    expect(shown(breakdown.querySelector('summary'))).to.equal(false);
    expect(el.open).to.equal(false); // printing does not change the reader's choice
    await emulateMedia({ media: 'screen' });
    await until(() => !(part(el, 'breakdown') as HTMLDetailsElement).open);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('prints every meter open, one made while printing too, and keeps open a breakdown the reader opened', async () => {
    const first = await mount('reality-meter');
    const opened = await mount('reality-meter');
    (part(opened, 'breakdown')!.querySelector('summary') as HTMLElement).click();
    await until(() => (part(opened, 'breakdown') as HTMLDetailsElement).open);
    await emulateMedia({ media: 'print' });
    const late = await mount('reality-meter');
    const open = () => [first, opened, late].map((el) => (part(el, 'breakdown') as HTMLDetailsElement).open);
    await until(() => open().every(Boolean));
    expect(open()).to.deep.equal([true, true, true]);
    await emulateMedia({ media: 'screen' });
    await until(() => !open()[0] && !open()[2]);
    expect(open()).to.deep.equal([false, true, false]);
  });

  it('leaves out the vote buttons and the forecast form', async () => {
    const vote = await mount('vote-widget');
    const card = await mount('prediction-card');
    expect(shown(part(vote, 'choice'))).to.equal(true);
    expect(shown(part(card, 'input'))).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(part(vote, 'choice'))).to.equal(false);
    expect(shown(part(card, 'input'))).to.equal(false);
    expect(shown(card.shadowRoot!.querySelector('button'))).to.equal(false);
    expect(shown(part(card, 'question'))).to.equal(true);
    // Without its controls the card is only as tall as what it prints, not the 20.5rem it reserves on screen.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(card.getBoundingClientRect().height).to.be.below(14 * rem);
  });

  it('uses the light palette on paper for theme="dark" and for a dark screen', async () => {
    const dark = await mount('source-list', referenceStory(), 'theme="dark"');
    const auto = await mount('glossary-list');
    // Both at once (see web-test-runner.config.mjs): emulateMedia's two calls reset each other.
    const media = (type: string) => executeServerCommand('emulate-media-both', { media: type, colorScheme: 'dark' });
    await media('screen');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(background(dark)).to.equal('rgb(22, 24, 29)');
    expect(background(auto)).to.equal('rgb(22, 24, 29)');
    await media('print');
    expect(matchMedia('print').matches && matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(background(dark)).to.equal('rgb(255, 255, 255)');
    expect(background(auto)).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(dark, 'base')!).color).to.equal('rgb(27, 31, 36)');
  });

  it('prints a badge as its one line', async () => {
    const el = await mount('reality-meter', referenceStory(), 'variant="badge"');
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(parts(el, 'factor').length).to.equal(0);
    expect(shown(part(el, 'score'))).to.equal(true);
  });
});
