// One reader, one state: every widget and card of a story on the page shows the reader's one vote or
// forecast, `previous` is always the last accepted one, at most one action per story waits for the
// host, answers land on the story they were sent for, and a rollback restores exactly what was shown.
import { expect } from '@open-wc/testing';
import type { PredictionSubmitEvent, VoteCastEvent } from '../../src/events.js';
import type { PredictionCard } from '../../src/prediction-card/prediction-card.js';
import type { VoteWidget } from '../../src/vote-widget/vote-widget.js';
import { mount, part, parts, record, referenceStory, sleep, text, typeForecast } from '../support/helpers.js';

type Host<T> = { resolve: (value: T) => void; reject: (error: Error) => void };

/** The reference story under another id (and prediction id), so no two tests share reader state. */
let serial = 0;
function story(patch: (s: ReturnType<typeof referenceStory>) => void = () => {}) {
  const s = referenceStory();
  s.id = `one-reader-${++serial}`;
  patch(s);
  return s;
}

const pressed = (el: Element) => parts(el, 'choice').map((b) => b.getAttribute('aria-pressed'));
const choose = (el: Element, index: number) => (parts(el, 'choice')[index] as HTMLButtonElement).click();
const status = (el: Element) => text(part(el, 'status'));
const field = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('#forecast')!;
const slider = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;

const type = typeForecast;

async function settled(...els: Array<{ updateComplete: Promise<unknown> }>) {
  await sleep(0);
  await Promise.all(els.map((el) => el.updateComplete));
}

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Makes the host wait on every `name` event until the test ends; returns the pending answers in order. */
function hostWaits<T>(name: string): Host<T>[] {
  const answers: Host<T>[] = [];
  const listener = (e: Event) => (e as VoteCastEvent).detail.waitUntil(new Promise<T>((resolve, reject) => answers.push({ resolve, reject })));
  document.addEventListener(name, listener);
  cleanups.push(() => document.removeEventListener(name, listener));
  return answers;
}

describe('one reader, one state', () => {
  it('two widgets of one story: the second vote says previous = the first, and both show it', async () => {
    const s = story();
    const a = await mount('vote-widget', s);
    const b = await mount('vote-widget', s);
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    choose(a, 0);
    await settled(a, b);
    expect(pressed(b)).to.deep.equal(['true', 'false', 'false']);
    choose(b, 1);
    await settled(a, b);
    casts.stop();
    expect(casts.events.map((e) => [e.detail.choice, e.detail.previous])).to.deep.equal([
      ['holds-up', null],
      ['overhyped', 'holds-up'],
    ]);
    expect(pressed(a)).to.deep.equal(['false', 'true', 'false']);
    expect(pressed(b)).to.deep.equal(['false', 'true', 'false']);
    // Counted once: 41, 88 + 1, 57, in both widgets.
    expect(text(part(a, 'total'))).to.equal('187 reads · Most readers: Overhyped');
    expect(text(part(b, 'total'))).to.equal('187 reads · Most readers: Overhyped');
  });

  it('two cards of one question: the second forecast says previous = the first, and both show it', async () => {
    const s = story();
    const a = await mount('prediction-card', s);
    const b = await mount('prediction-card', s);
    const submits = record<PredictionSubmitEvent>(document, 'prediction-submit');
    await type(a, '70');
    part(a, 'submit')!.click();
    await settled(a, b);
    expect(field(b).value).to.equal('70');
    expect(text(part(b, 'submit'))).to.equal('Update forecast');
    await type(b, '40');
    part(b, 'submit')!.click();
    await settled(a, b);
    submits.stop();
    expect(submits.events.map((e) => [e.detail.probability, e.detail.previous])).to.deep.equal([
      [0.7, null],
      [0.4, 0.7],
    ]);
    expect(field(a).value).to.equal('40');
    expect(text(part(a, 'status'))).to.equal('Thanks, your forecast is in: 40%.');
  });

  it('while one action waits, no instance sends another (visibly); a move keeps the pending state', async () => {
    const s = story();
    const a = await mount('vote-widget', s);
    const b = await mount('vote-widget', s);
    const answers = hostWaits<unknown>('vote-cast');
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    choose(a, 0);
    await settled(a, b);
    expect(a.hasAttribute('pending') && b.hasAttribute('pending')).to.equal(true);
    expect(parts(b, 'choice').every((c) => c.getAttribute('aria-disabled') === 'true')).to.equal(true);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(a); // frameworks re-order lists this way
    await settled(a);
    expect(a.hasAttribute('pending')).to.equal(true);
    choose(a, 1);
    choose(b, 2);
    await settled(a, b);
    expect(casts.events.length).to.equal(1);
    expect(status(b)).to.equal('Your earlier read is still being sent.');
    answers[0].resolve({ counts: { 'holds-up': 42, overhyped: 88, 'too-early': 57 } });
    await settled(a, b);
    casts.stop();
    expect(pressed(a)).to.deep.equal(['true', 'false', 'false']);
    expect(pressed(b)).to.deep.equal(['true', 'false', 'false']);
    expect(casts.events[0].detail.signal.aborted).to.equal(false);
    expect(JSON.parse(localStorage.getItem(`reality-kit:vote:["${s.id}"]`)!)).to.deep.equal({ value: 'holds-up' });
    elsewhere.remove();
  });

  it('an answer lands on the story it was sent for, even after the widget changed story and back', async () => {
    const first = story();
    const second = story();
    const el = await mount('vote-widget', first);
    const answers = hostWaits<unknown>('vote-cast');
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    choose(el, 1);
    await settled(el);
    el.story = second;
    await settled(el);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'false']);
    answers[0].resolve(undefined);
    await settled(el);
    el.story = first;
    await settled(el);
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false']);
    choose(el, 2);
    await settled(el);
    answers[1].resolve(undefined);
    await settled(el);
    casts.stop();
    expect(casts.events.map((e) => [e.detail.storyId, e.detail.choice, e.detail.previous])).to.deep.equal([
      [first.id, 'overhyped', null],
      [first.id, 'too-early', 'overhyped'],
    ]);
  });

  it('removing one of two widgets mid-send keeps the signal alive; removing the last aborts it', async () => {
    const s = story();
    const a = await mount('vote-widget', s);
    const b = await mount('vote-widget', s);
    const answers = hostWaits<unknown>('vote-cast');
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    choose(a, 1);
    await settled(a, b);
    a.remove();
    await sleep(10);
    expect(casts.events[0].detail.signal.aborted).to.equal(false);
    expect(b.hasAttribute('pending')).to.equal(true);
    answers[0].resolve(undefined);
    await settled(b);
    expect(pressed(b)).to.deep.equal(['false', 'true', 'false']);
    expect(text(part(b, 'status'))).to.equal('Thanks, your read is in.');
    choose(b, 2);
    await settled(b);
    b.remove();
    await sleep(10);
    casts.stop();
    expect(casts.events[1].detail.signal.aborted).to.equal(true);
  });

  it('an element removed for good aborts its signal; its accepted answer is still kept', async () => {
    const s = story();
    const el = await mount('vote-widget', s);
    const answers = hostWaits<unknown>('vote-cast');
    const casts = record<VoteCastEvent>(document, 'vote-cast');
    choose(el, 2);
    await settled(el);
    el.remove();
    await sleep(10);
    casts.stop();
    expect(casts.events[0].detail.signal.aborted).to.equal(true);
    answers[0].resolve({ counts: { 'too-early': 58 } });
    await sleep(0);
    const again = await mount('vote-widget', s);
    expect(pressed(again)).to.deep.equal(['false', 'false', 'true']);
  });

  it('a rejected forecast keeps what the reader typed; the next click sends that number again', async () => {
    const el = await mount('prediction-card', story());
    const answers = hostWaits<unknown>('prediction-submit');
    const submits = record<PredictionSubmitEvent>(document, 'prediction-submit');
    await type(el, '70');
    part(el, 'submit')!.click();
    await settled(el);
    answers[0].reject(new Error('offline'));
    await settled(el);
    expect(field(el).value).to.equal('70');
    expect(slider(el).value).to.equal('70');
    expect(text(part(el, 'submit'))).to.equal('Submit forecast');
    part(el, 'submit')!.click();
    await settled(el);
    submits.stop();
    expect(submits.events.map((e) => [e.detail.probability, e.detail.previous])).to.deep.equal([
      [0.7, null],
      [0.7, null],
    ]);
  });

  it('a moved card keeps what the reader typed and its pending state', async () => {
    const el = await mount('prediction-card', story());
    const answers = hostWaits<unknown>('prediction-submit');
    await type(el, '64');
    part(el, 'submit')!.click();
    await settled(el);
    await type(el, '12');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settled(el);
    expect(field(el).value).to.equal('12');
    expect(el.hasAttribute('pending')).to.equal(true);
    answers[0].resolve(undefined);
    await settled(el);
    expect(text(part(el, 'status'))).to.equal('Thanks, your forecast is in: 64%.');
    expect(field(el).value).to.equal('12'); // still being edited: the reader's text stays
    elsewhere.remove();
  });

  it('the field starts empty and Submit asks for a number instead of sending one', async () => {
    const el = await mount('prediction-card', story());
    const submits = record(document, 'prediction-submit');
    expect(field(el).value).to.equal('');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('No forecast chosen yet');
    part(el, 'submit')!.click();
    await el.updateComplete;
    submits.stop();
    expect(submits.events.length).to.equal(0);
    expect(field(el).getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.querySelector('#hint'))).to.equal('Choose a forecast from 1% to 99% first.');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    // Invalid text leaves the slider where the last valid number put it.
    await type(el, '33');
    await type(el, '33x');
    expect(slider(el).value).to.equal('33');
    await expect(el).to.be.accessible();
  });

  it('shares add up to exactly 100, each with its 95% interval; counted texts use plural forms', async () => {
    const even = story((s) => (s.read!.counts = { 'holds-up': 1, overhyped: 1, 'too-early': 1 }));
    const a = await mount('vote-widget', even, 'reveal');
    const values = () => parts(a, 'value').map(text);
    expect(values().map((v) => v.split(' · ')[0])).to.deep.equal(['34%', '33%', '33%']);
    expect(values()[0]).to.match(/^34% · 95% interval: \d+% to \d+%$/);
    const band = parts(a, 'bar')[0].querySelector('rect:nth-of-type(3)'); // track, fill, interval
    expect(Number(band!.getAttribute('width'))).to.be.greaterThan(0);

    const twos = story((s) => (s.read!.counts = { 'holds-up': 2, overhyped: 2, 'too-early': 2 }));
    const b = await mount('vote-widget', twos);
    choose(b, 0);
    await settled(b);
    const shares = parts(b, 'value').map((v) => Number(text(v).split('%')[0]));
    expect(shares).to.deep.equal([43, 29, 28]);

    const one = story((s) => (s.read!.counts = { overhyped: 1 }));
    const c = await mount('vote-widget', one, 'reveal');
    expect(text(part(c, 'total'))).to.equal('1 read · Too few reads yet');
  });

  it('story and prediction ids with ":" never share a saved forecast', async () => {
    const ab = story((s) => ((s.id = 'a:b'), (s.prediction!.id = 'c')));
    const a = story((s) => ((s.id = 'a'), (s.prediction!.id = 'b:c')));
    const first = await mount('prediction-card', ab);
    await type(first, '70');
    part(first, 'submit')!.click();
    await settled(first);
    const second = await mount('prediction-card', a);
    expect(field(second).value).to.equal('');
    expect(text(part(second, 'submit'))).to.equal('Submit forecast');
  });

  it('no-persist keeps the state in memory only; choice and forecast set by the host fire no event', async () => {
    const s = story();
    const widget = await mount('vote-widget', s, 'no-persist');
    choose(widget, 1);
    await settled(widget);
    expect(Object.keys(localStorage).filter((k) => k.includes(s.id))).to.deep.equal([]);

    const t = story();
    const events = record(document, 'vote-cast');
    const forecasts = record(document, 'prediction-submit');
    const a = await mount('vote-widget', t);
    const b = (await mount('vote-widget', t)) as VoteWidget;
    b.choice = 'too-early';
    await settled(a, b);
    expect(pressed(a)).to.deep.equal(['false', 'false', 'true']);
    expect(a.choice).to.equal('too-early');
    const card = (await mount('prediction-card', t)) as PredictionCard;
    card.forecast = 0.25;
    await settled(card);
    expect(field(card).value).to.equal('25');
    events.stop();
    forecasts.stop();
    expect(events.events.length + forecasts.events.length).to.equal(0);
    const next = record<VoteCastEvent>(document, 'vote-cast');
    choose(a, 0);
    await settled(a);
    next.stop();
    expect(next.events[0].detail.previous).to.equal('too-early');
  });

  it('a scored forecast whose Baseline rounds to zero shows 0.0, never -0.0', async () => {
    const s = story((st) => {
      st.prediction!.closesAt = '2026-01-01T00:00:00Z';
      st.prediction!.forecasts = [0.4999];
      st.prediction!.resolution = { outcome: true, resolvedAt: '2026-01-02T00:00:00Z' };
    });
    const el = await mount('prediction-card', s);
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="result"] tbody tr')].map((r) => [...r.children].map(text));
    expect(rows).to.deep.equal([['Community', '50%', '0.250', '0.0']]);
  });
});
