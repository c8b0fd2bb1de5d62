import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PredictionSubmitEvent } from '../../src/events.js';
import { parsePercent } from '../../src/prediction-card/parse-percent.js';
import { all, mount, part, record, referenceStory, sleep, storyClosingIn, text, typeForecast } from '../support/helpers.js';

const STORAGE_KEY = 'reality-kit:forecast:["amazon-jassy-anthropic-export-curbs","us-extends-model-curbs-12m"]';
const numberInput = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
const slider = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
const status = (el: Element) => text(part(el, 'status'));

const type = typeForecast;

describe('prediction-card: parsing the typed forecast', () => {
  const rows: Array<[string, number | null]> = [
    ['30', 30], ['1', 1], ['99', 99], ['33.5', 33.5], [' 45 % ', 45], ['0', null], ['100', null], ['', null],
    ['1e2', null], ['0x32', null], ['50,5', null], ['-5', null], ['5.', null], ['.5', null], ['Infinity', null], ['NaN', null],
  ];
  for (const [input, expected] of rows) it(JSON.stringify(input), () => expect(parsePercent(input)).to.equal(expected));
});

describe('prediction-card', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  it('is defined', () => expect(customElements.get('prediction-card')?.name).to.equal('PredictionCard'));

  it('shows the question, when it closes, and the community forecast (median 31.5% of 10)', async () => {
    const el = await mount('prediction-card');
    expect(text(part(el, 'question'))).to.equal(referenceStory().prediction!.question);
    const closes = el.shadowRoot!.querySelector('time')!;
    expect(closes.getAttribute('datetime')).to.equal('2027-11-26T00:00:00Z');
    expect(text(closes)).to.match(/^Closes in \d+ (months|year|years) \(Nov 2\d, 2027\)$/);
    expect(text(part(el, 'community'))).to.equal('Community forecast 32% from 10 forecasts');
    expect(part(el, 'input')).to.not.equal(null);
    expect(text(part(el, 'submit'))).to.equal('Submit forecast');
    await expect(el).to.be.accessible();
  });

  it('slider and number stay in sync', async () => {
    const el = await mount('prediction-card');
    await type(el, '70');
    expect(slider(el).value).to.equal('70');
    slider(el).value = '12';
    slider(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(numberInput(el).value).to.equal('12');
  });

  it('submits once with the right detail, by click and by keyboard', async () => {
    const el = await mount('prediction-card');
    const submits = record<PredictionSubmitEvent>(document, 'prediction-submit');
    await type(el, '70');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(submits.events.length).to.equal(1);
    const { storyId, predictionId, probability, previous } = submits.events[0].detail;
    expect({ storyId, predictionId, probability, previous }).to.deep.equal({
      storyId: 'amazon-jassy-anthropic-export-curbs',
      predictionId: 'us-extends-model-curbs-12m',
      probability: 0.7,
      previous: null,
    });
    // The reader's forecast joins the median: 11 values, the 6th is 0.33.
    expect(text(part(el, 'community'))).to.equal('Community forecast 33% from 11 forecasts');
    expect(status(el)).to.equal('Thanks, your forecast is in: 70%.');
    numberInput(el).focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '25' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    submits.stop();
    expect(submits.events.map((e) => e.detail.probability)).to.deep.equal([0.7, 0.25]);
    expect(submits.events[1].detail.previous).to.equal(0.7);
  });

  it('refuses what is not a number, without an event', async () => {
    const el = await mount('prediction-card');
    const submits = record(el, 'prediction-submit');
    for (const bad of ['', '1e2', '0x32', '50,5']) {
      await type(el, bad);
      part(el, 'submit')!.click();
      await el.updateComplete;
      expect(numberInput(el).getAttribute('aria-invalid')).to.equal('true');
    }
    expect(submits.events.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('cancel and rejected waitUntil roll back; pending blocks a second submit', async () => {
    const el = await mount('prediction-card');
    await type(el, '40');
    el.addEventListener('prediction-submit', (e) => e.preventDefault(), { once: true });
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Your forecast was not accepted.');
    expect(el.hasAttribute('submitted')).to.equal(false);

    let reject!: (e: Error) => void;
    el.addEventListener('prediction-submit', (e) => e.detail.waitUntil(new Promise((_, r) => (reject = r))), { once: true });
    const submits = record(el, 'prediction-submit');
    await type(el, '80');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('pending')).to.equal(true);
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(submits.events.length).to.equal(1);
    reject(new Error('offline'));
    await sleep(0);
    await el.updateComplete;
    expect(el.hasAttribute('pending')).to.equal(false);
    expect(status(el)).to.equal('Your forecast could not be saved. Please try again.');
    expect(text(part(el, 'community'))).to.equal('Community forecast 32% from 10 forecasts');
    expect(numberInput(el).value).to.equal('80'); // what the reader typed, not a number they did not choose
    expect(slider(el).value).to.equal('80');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('shows the community figure the host resolves with', async () => {
    const el = await mount('prediction-card');
    el.addEventListener('prediction-submit', (e) => e.detail.waitUntil(Promise.resolve({ community: { probability: 0.41, count: 250 } })), { once: true });
    await type(el, '45');
    part(el, 'submit')!.click();
    await sleep(0);
    await el.updateComplete;
    expect(text(part(el, 'community'))).to.equal('Community forecast 41% from 250 forecasts');
  });

  it('remembers the forecast across a reload; ignores a corrupt one', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ value: 0.6 }));
    const el = await mount('prediction-card');
    expect(numberInput(el).value).to.equal('60');
    expect(text(part(el, 'submit'))).to.equal('Update forecast');
    el.remove();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ value: 7 }));
    const fresh = await mount('prediction-card');
    expect(text(part(fresh, 'submit'))).to.equal('Submit forecast');
  });

  it('under a language with no texts shipped, the English sentence keeps its relative time English; the date is the reader\'s', async () => {
    const el = await mount('prediction-card', referenceStory(), 'lang="zh-TW"');
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Closes in \d+ (months|year|years) \(2027年11月2\d日\)$/);
  });

  it('closed past closesAt: no input', async () => {
    const el = await mount('prediction-card', storyClosingIn(-3));
    expect(part(el, 'input')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Closed 3 days ago/);
    await expect(el).to.be.accessible();
  });

  it('resolved: the outcome and both scores for the reader and the community', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ value: 0.7 }));
    const el = await mount('prediction-card', storyClosingIn(-30, { resolution: { outcome: true, resolvedAt: '2026-11-20T00:00:00Z' } }));
    expect(part(el, 'result')).to.not.equal(null);
    expect(text(part(el, 'outcome'))).to.equal('Outcome: yes, it happened (resolved Nov 20, 2026)');
    const rows = all(el, '[part~="result"] tbody tr').map((r) => [...r.children].map(text));
    // You 0.7: Brier 0.09, Baseline 100·log2(1.4) = 48.5; community median with you: 0.33 → 0.449, 100·log2(0.66) = −59.9
    expect(rows).to.deep.equal([
      ['You', '70%', '0.090', '+48.5'],
      ['Community', '33%', '0.449', '-59.9'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('no event when code sets properties', async () => {
    const el = await mount('prediction-card');
    const submits = record(document, 'prediction-submit');
    el.story = storyClosingIn(10);
    el.theme = 'dark';
    await el.updateComplete;
    submits.stop();
    expect(submits.events.length).to.equal(0);
  });

  it('formats dates and numbers in the nearest lang', async () => {
    const el = await mount('prediction-card', referenceStory(), 'lang="de"');
    expect(text(el.shadowRoot!.querySelector('time'))).to.contain('26.11.2027');
    expect(text(part(el, 'community'))).to.contain('32 %');
  });
});
