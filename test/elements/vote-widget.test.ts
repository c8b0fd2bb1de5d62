import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VoteCastEvent } from '../../src/events.js';
import { captureWarnings, mount, part, parts, record, referenceStory, sleep, text } from '../support/helpers.js';

const STORAGE_KEY = 'reality-kit:vote:["amazon-jassy-anthropic-export-curbs"]';
const buttons = (el: Element) => parts(el, 'choice') as HTMLButtonElement[];
const pressed = (el: Element) => buttons(el).map((b) => b.getAttribute('aria-pressed'));
const status = (el: Element) => text(part(el, 'status'));
const total = (el: Element) => text(part(el, 'total'));
/** Each share as a screen reader reads it: the percentage, then its 95% interval. */
const shares = (el: Element) => parts(el, 'value').map(text);
const percents = (el: Element) => shares(el).map((s) => s.split(' · ')[0]);

describe('vote-widget', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  it('is defined', () => expect(customElements.get('vote-widget')?.name).to.equal('VoteWidget'));

  it('shows the prompt, the note and three choices in a group; no community read yet', async () => {
    const el = await mount('vote-widget');
    expect(text(part(el, 'prompt'))).to.equal("What's your read?");
    expect(text(part(el, 'note'))).to.equal('Your read shapes future topic weighting.');
    expect(part(el, 'choices')!.getAttribute('role')).to.equal('group');
    expect(buttons(el).map(text)).to.deep.equal(['Holds up', 'Overhyped', 'Too early to tell']);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
    expect(part(el, 'results')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a click fires vote-cast once with the right detail, then shows the community read', async () => {
    const el = await mount('vote-widget');
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    buttons(el)[1].click();
    await el.updateComplete;
    casts.stop();
    expect(casts.events.length).to.equal(1);
    const { storyId, choice, previous, waitUntil } = casts.events[0].detail;
    expect({ storyId, choice, previous }).to.deep.equal({ storyId: 'amazon-jassy-anthropic-export-curbs', choice: 'overhyped', previous: null });
    expect(typeof waitUntil).to.equal('function');
    expect(casts.events[0].cancelable && casts.events[0].bubbles && casts.events[0].composed).to.equal(true);
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false']);
    expect(el.hasAttribute('voted')).to.equal(true);
    // 41, 88 + 1, 57 of 187
    expect(total(el)).to.equal('187 reads · Most readers: Overhyped');
    expect(percents(el)).to.deep.equal(['22%', '48%', '30%']);
    expect(parts(el, 'bar').length).to.equal(3);
    expect(text(parts(el, 'share')[1])).to.contain('(your read)');
    await expect(el).to.be.accessible();
  });

  it('keyboard: Tab to a choice and press Space or Enter', async () => {
    const el = await mount('vote-widget');
    const casts = record<VoteCastEvent>(el, 'vote-cast');
    buttons(el)[0].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(casts.events.map((e) => e.detail.choice)).to.deep.equal(['holds-up']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(casts.events.map((e) => e.detail.choice)).to.deep.equal(['holds-up', 'overhyped']);
    expect(casts.events[1].detail.previous).to.equal('holds-up');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
  });

  it('a mouse click on a choice\'s label votes for that choice; a click in the group outside every button votes for none', async () => {
    const el = await mount('vote-widget');
    const casts = record<VoteCastEvent>(el, 'vote-cast');
    const centre = (node: Element) => {
      const box = node.getBoundingClientRect();
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as [number, number];
    };
    const group = part(el, 'choices')!;
    const gap = group.getBoundingClientRect();
    // The group's own box below its buttons: make room, then click there.
    group.style.paddingBottom = '40px';
    await sendMouse({ type: 'click', position: [Math.round(gap.x + 2), Math.round(group.getBoundingClientRect().bottom - 5)] });
    expect(casts.events.length).to.equal(0);
    await sendMouse({ type: 'click', position: centre(buttons(el)[2].querySelector('bdi')!) });
    await el.updateComplete;
    expect(casts.events.map((e) => e.detail.choice)).to.deep.equal(['too-early']);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
  });

  it('preventDefault() rejects the vote: nothing changes but a short message', async () => {
    const el = await mount('vote-widget');
    el.addEventListener('vote-cast', (e) => e.preventDefault(), { once: true });
    buttons(el)[2].click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
    expect(part(el, 'results')).to.equal(null);
    expect(status(el)).to.equal('Your read was not accepted.');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('waitUntil: pending, then the host counts as given', async () => {
    const el = await mount('vote-widget');
    let resolve!: (v: unknown) => void;
    el.addEventListener('vote-cast', (e) => e.detail.waitUntil(new Promise((r) => (resolve = r))), { once: true });
    const casts = record(el, 'vote-cast');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(el.hasAttribute('pending')).to.equal(true);
    expect(status(el)).to.equal('Sending your read…');
    expect(buttons(el).every((b) => b.getAttribute('aria-disabled') === 'true')).to.equal(true);
    buttons(el)[1].click(); // a second activation while pending does nothing
    await el.updateComplete;
    expect(casts.events.length).to.equal(1);
    resolve({ counts: { 'holds-up': 5, overhyped: 2, 'too-early': 1 } });
    await sleep(0);
    await el.updateComplete;
    expect(el.hasAttribute('pending')).to.equal(false);
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
    expect(total(el)).to.equal('8 reads · Too few reads yet');
    // 62.5 + 25 + 12.5: the remaining point goes to the first of the tied remainders, so they add up to 100.
    expect(percents(el)).to.deep.equal(['63%', '25%', '12%']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ value: 'holds-up' });
  });

  it('waitUntil that rejects rolls back to the earlier vote with a message', async () => {
    const el = await mount('vote-widget');
    buttons(el)[0].click();
    await el.updateComplete;
    el.addEventListener('vote-cast', (e) => e.detail.waitUntil(Promise.reject(new Error('offline'))), { once: true });
    buttons(el)[2].click();
    await sleep(0);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false']);
    expect(status(el)).to.equal('Your read could not be saved. Please try again.');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ value: 'holds-up' });
  });

  it('waitUntil after dispatch throws', async () => {
    const el = await mount('vote-widget');
    let later!: VoteCastEvent;
    el.addEventListener('vote-cast', (e) => (later = e), { once: true });
    buttons(el)[0].click();
    expect(() => later.detail.waitUntil(Promise.resolve())).to.throw('waitUntil() must be called while the event is being dispatched');
  });

  it('malformed host counts are ignored with a warning', async () => {
    const el = await mount('vote-widget');
    const warnings = await captureWarnings(async () => {
      el.addEventListener('vote-cast', (e) => e.detail.waitUntil(Promise.resolve({ counts: { nope: -1 } })), { once: true });
      buttons(el)[1].click();
      await sleep(0);
      await el.updateComplete;
    });
    expect(warnings.length).to.equal(1);
    expect(total(el)).to.equal('187 reads · Most readers: Overhyped');
  });

  it('no event when code sets properties', async () => {
    const el = await mount('vote-widget');
    const casts = record(document, 'vote-cast');
    el.reveal = true;
    el.story = referenceStory();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    casts.stop();
    expect(casts.events.length).to.equal(0);
  });

  it('reveal shows the community read before voting, and reflects', async () => {
    const el = await mount('vote-widget', referenceStory(), 'reveal');
    expect(el.reveal).to.equal(true);
    expect(total(el)).to.equal('186 reads · Most readers: Overhyped');
    el.reveal = false;
    await el.updateComplete;
    expect(el.hasAttribute('reveal')).to.equal(false);
    expect(part(el, 'results')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('remembers the vote across a reload; ignores a corrupt stored value', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ value: 'too-early' }));
    const el = await mount('vote-widget');
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true']);
    expect(part(el, 'results')).to.not.equal(null);
    el.remove(); // a widget still on the page would keep showing the page's state, not re-read storage
    for (const corrupt of ['{not json', '"too-early"', JSON.stringify({ value: 'gone' }), JSON.stringify({ value: { id: 1 } })]) {
      localStorage.setItem(STORAGE_KEY, corrupt);
      const fresh = await mount('vote-widget');
      expect(pressed(fresh)).to.deep.equal(['false', 'false', 'false']);
      fresh.remove();
    }
  });

  it('works without storage (reading localStorage throws)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      const el = await mount('vote-widget');
      buttons(el)[1].click();
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal(['false', 'true', 'false']);
      expect(status(el)).to.equal('Thanks, your read is in.');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('too few reads: no leader named', async () => {
    const story = referenceStory();
    story.read!.counts = { 'holds-up': 2 };
    const el = await mount('vote-widget', story, 'reveal');
    expect(total(el)).to.equal('2 reads · Too few reads yet');
  });

  it('English text is counted by English\'s rule in a language with no texts shipped (uk: 21 is "one" there)', async () => {
    const story = referenceStory();
    story.read!.counts = { 'holds-up': 10, overhyped: 6, 'too-early': 5 };
    const el = await mount('vote-widget', story, 'reveal lang="uk"');
    expect(total(el)).to.match(/^21 reads · /);
    const zh = await mount('source-list', referenceStory(), 'lang="zh-TW"');
    expect(text(part(zh, 'summary'))).to.equal('1 source on file · Avg trust 40/100');
  });

  it('formats counts in the nearest lang', async () => {
    const el = await mount('vote-widget', referenceStory(), 'reveal lang="de"');
    expect(percents(el)).to.deep.equal(['22 %', '47 %', '31 %']);
  });
});
