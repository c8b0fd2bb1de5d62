// Hardening (issue 6): faults while loading, hostile host pages, hosts that fail, and leaks.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { VoteWidget } from '../src/vote-widget/vote-widget.js';
import type { PredictionCard } from '../src/prediction-card/prediction-card.js';
import { TAGS, captureWarnings, mount, mountMarkup, openFrame, part, parts, record, referenceStory, sleep, text, typeForecast, until } from './support/helpers.js';

let counter = 0;
const key = () => `hardening-${Date.now()}-${counter++}`;
const server = async (k: string) => (await (await fetch(`/test-server/hits?key=${k}`)).json()) as { hits: number; closedEarly: boolean };
const errorText = (el: Element) => text(part(el, 'error'));

describe('hardening: loading under faults (elements)', () => {
  const faults: Array<[string, string, string]> = [
    ['404 with a JSON body', 'status=404&body=error-json', 'the story could not be fetched (HTTP 404)'],
    ['500', 'status=500', 'the story could not be fetched (HTTP 500)'],
    ['HTML with status 200', 'type=text/html&body=html', 'the server did not send the story as JSON'],
    ['JSON sent as text/plain', 'type=text/plain', 'the server did not send the story as JSON'],
    ['a truncated body', 'body=truncated', 'the story is not valid JSON'],
    ['a 5 MB streamed body', 'body=big', 'the story is larger than 256 KB'],
  ];
  for (const [name, query, message] of faults) {
    it(`${name}: one readable error, story-error with its kind`, async () => {
      const k = key();
      const el = await mountMarkup(`<reality-meter src="/test-server/story?key=${k}&${query}"></reality-meter>`);
      const errors = record<CustomEvent>(el, 'story-error');
      for (let i = 0; i < 100 && !part(el, 'error'); i++) await sleep(20);
      await sleep(0);
      expect(errorText(el)).to.equal(`This story could not be shown: ${message}`);
      expect(errors.events.length).to.equal(1);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });
  }
  it('the 5 MB body: the server sees the connection close at the cap', async () => {
    const k = key();
    const el = await mountMarkup(`<source-list src="/test-server/story?key=${k}&body=big"></source-list>`);
    for (let i = 0; i < 100 && !part(el, 'error'); i++) await sleep(20);
    for (let i = 0; i < 100 && !(await server(k)).closedEarly; i++) await sleep(20);
    expect((await server(k)).closedEarly).to.equal(true);
  });
  it('connection refused', async () => {
    const el = await mountMarkup('<vote-widget src="http://127.0.0.1:9/story.json"></vote-widget>');
    for (let i = 0; i < 100 && !part(el, 'error'); i++) await sleep(20);
    expect(errorText(el)).to.equal('This story could not be shown: the story could not be fetched (network error)');
  });
  it('CORS refused (another origin without CORS headers)', async () => {
    const other = `http://localhost:${location.port}/test-server/story?key=${key()}`;
    const el = await mountMarkup(`<glossary-list src="${other}"></glossary-list>`);
    for (let i = 0; i < 100 && !part(el, 'error'); i++) await sleep(20);
    expect(errorText(el)).to.equal('This story could not be shown: the story could not be fetched (network error)');
  });
  it('removed while loading: the request is aborted and no event follows', async () => {
    const k = key();
    const el = await mountMarkup(`<prediction-card src="/test-server/never?key=${k}"></prediction-card>`);
    const events = [record(el, 'story-load'), record(el, 'story-error')];
    await sleep(100);
    el.remove();
    for (let i = 0; i < 100 && !(await server(k)).closedEarly; i++) await sleep(20);
    await sleep(100); // and no late event
    expect((await server(k)).closedEarly).to.equal(true);
    expect(events[0].events.length + events[1].events.length).to.equal(0);
  });
  it('a shared request stays open while one of its elements remains', async () => {
    const k = key();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<reality-meter src="/test-server/story?key=${k}&delay=300"></reality-meter><source-list src="/test-server/story?key=${k}&delay=300"></source-list>`;
    document.body.append(wrapper);
    await sleep(50);
    wrapper.firstElementChild!.remove();
    await until(() => part(wrapper.firstElementChild!, 'summary') !== null);
    expect(text(part(wrapper.firstElementChild!, 'summary'))).to.equal('1 source on file · Avg trust 40/100');
    expect((await server(k)).hits).to.equal(1);
    wrapper.remove();
  });
});

describe('hardening: hostile host pages', () => {
  const hostile: Array<[string, string]> = [
    ['* { all: unset }', '* { all: unset !important; }'],
    ['button { display: none }', 'button, summary, input, p, li { display: none !important; visibility: hidden !important; }'],
    ['huge fonts', 'html { font-size: 48px !important; } * { line-height: 3 !important; letter-spacing: 0.5em !important; }'],
  ];
  for (const [name, css] of hostile) {
    it(`${name} does not break the elements`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        for (const tag of TAGS) {
          const el = await mount(tag, referenceStory(), 'reveal open');
          const base = part(el, 'base')!;
          expect(base.getBoundingClientRect().height, tag).to.be.greaterThan(50);
          const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary')];
          expect(controls.every((c) => getComputedStyle(c).display !== 'none' && getComputedStyle(c).visibility !== 'hidden'), tag).to.equal(true);
        }
        const widget = await mount('vote-widget');
        (parts(widget, 'choice')[0] as HTMLButtonElement).click();
        await widget.updateComplete;
        expect(parts(widget, 'choice')[0].getAttribute('aria-pressed')).to.equal('true');
        localStorage.clear();
      } finally {
        style.remove();
      }
    });
  }

  /** Opens a page in a frame the test cannot reach into, and waits for its report. */
  function report(src: string, sandbox?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const frame = document.createElement('iframe');
      if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
      const timer = setTimeout(() => reject(new Error('no report from the frame')), 10_000);
      window.addEventListener('message', function onMessage(e) {
        if (e.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        clearTimeout(timer);
        frame.remove();
        resolve(e.data);
      });
      frame.src = src;
      document.body.append(frame);
    });
  }

  it('a sandboxed frame without storage: renders, votes, no error', async () => {
    const result = await report('/test/e2e/pages/inline-story.html', 'allow-scripts');
    expect(result.storage).to.equal('throws');
    expect(result.score).to.equal('34');
    expect(result.pressed).to.deep.equal(['false', 'true', 'false']);
    expect(result.status).to.equal('Thanks, your read is in.');
    expect(result.errors).to.deep.equal([]);
  });

  it('a frame sandboxed without allow-forms: the forecast is still sent', async () => {
    const result = await report('/test/e2e/pages/inline-story.html', 'allow-scripts allow-same-origin');
    expect(result.forecast).to.deep.equal({ submitted: [0.45], status: 'Thanks, your forecast is in: 45%.' });
    expect(result.status).to.equal('Thanks, your read is in.');
    expect(result.errors).to.deep.equal([]);
  });

  it('a non-secure origin (no crypto.randomUUID): renders, votes, no error', async () => {
    const result = await report(`http://nonsecure.test:${location.port}/test/e2e/pages/inline-story.html`);
    expect(result.secure).to.equal(false);
    expect(result.randomUUID).to.equal('undefined');
    expect(result.score).to.equal('34');
    expect(result.pressed).to.deep.equal(['false', 'true', 'false']);
    expect(result.errors).to.deep.equal([]);
  });

  it("another Lit-based widget on the page, strict CSP with 'allow-duplicates': both render, no violation", async () => {
    const { frame, doc, win } = await openFrame<Window & { __errors: string[]; __violations: string[] }>('/test/e2e/pages/two-lits-dup-csp.html');
    expect(doc.querySelector('reality-meter')!.shadowRoot!.querySelector('[part~="score"]')!.textContent).to.equal('34');
    expect(doc.querySelector('other-lit-widget')!.shadowRoot!.textContent!.trim()).to.equal('Another widget');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('hardening: hosts that fail', () => {
  beforeEach(() => localStorage.clear());

  it('waitUntil promises that never settle roll back after the timeout (15 s), and detail.signal aborts then', async function () {
    this.timeout(25_000);
    const widget = await mount('vote-widget');
    const card = await mount('prediction-card');
    const signals: AbortSignal[] = [];
    widget.addEventListener('vote-cast', (e) => (signals.push(e.detail.signal), e.detail.waitUntil(new Promise(() => {}))));
    card.addEventListener('prediction-submit', (e) => (signals.push(e.detail.signal), e.detail.waitUntil(new Promise(() => {}))));
    await typeForecast(card, '60');
    const field = card.shadowRoot!.querySelector<HTMLInputElement>('#forecast')!;
    (parts(widget, 'choice')[1] as HTMLButtonElement).click();
    (part(card, 'submit') as HTMLButtonElement).click();
    await widget.updateComplete;
    await card.updateComplete;
    expect(widget.hasAttribute('pending') && card.hasAttribute('pending')).to.equal(true);
    expect(signals.map((s) => s.aborted)).to.deep.equal([false, false]);
    await sleep(15_300);
    expect(signals.map((s) => (s.reason as DOMException).name)).to.deep.equal(['TimeoutError', 'TimeoutError']);
    expect(field.value).to.equal('60');
    expect(widget.hasAttribute('pending') || card.hasAttribute('pending')).to.equal(false);
    expect(parts(widget, 'choice').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
    expect(text(widget.shadowRoot!.querySelector('[part~="status"]'))).to.equal('Your read could not be saved. Please try again.');
    expect(text(card.shadowRoot!.querySelector('[part~="status"]'))).to.equal('Your forecast could not be saved. Please try again.');
  });

  it('malformed community figures are ignored with a warning', async () => {
    const card = await mount('prediction-card');
    const warnings = await captureWarnings(async () => {
      card.addEventListener('prediction-submit', (e) => e.detail.waitUntil(Promise.resolve({ community: { probability: 7, count: -1 } })), { once: true });
      await typeForecast(card, '32');
      (part(card, 'submit') as HTMLButtonElement).click();
      await sleep(0);
      await card.updateComplete;
    });
    expect(warnings.length).to.equal(1);
    expect(text(part(card, 'community'))).to.equal('Community forecast 32% from 11 forecasts');
  });

  it('a listener that throws does not break the element', async () => {
    const widget = (await mount('vote-widget')) as VoteWidget;
    const card = (await mount('prediction-card')) as PredictionCard;
    const thrower = () => {
      throw new Error('host bug');
    };
    widget.addEventListener('vote-cast', thrower);
    card.addEventListener('prediction-submit', thrower);
    const onerror = window.onerror;
    const reported: string[] = [];
    window.onerror = (message) => (reported.push(String(message)), true);
    await typeForecast(card, '32');
    try {
      (parts(widget, 'choice')[2] as HTMLButtonElement).click();
      (part(card, 'submit') as HTMLButtonElement).click();
      await widget.updateComplete;
      await card.updateComplete;
    } finally {
      window.onerror = onerror;
    }
    expect(reported.length).to.equal(2);
    expect(parts(widget, 'choice')[2].getAttribute('aria-pressed')).to.equal('true');
    expect(card.hasAttribute('submitted')).to.equal(true);
  });
});

describe('hardening: no leaks', () => {
  it('creating and removing 1,000 elements returns the heap, nodes and listeners to where they started', async function () {
    this.timeout(60_000);
    const story = referenceStory();
    const cycle = async (n: number) => {
      const box = document.createElement('div');
      document.body.append(box);
      const els = Array.from({ length: n }, (_, i) => {
        const el = document.createElement(TAGS[i % TAGS.length]) as HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
        el.story = story;
        box.append(el);
        return el;
      });
      await Promise.all(els.map((el) => el.updateComplete));
      box.remove();
      await sleep(50);
    };
    await cycle(100); // warm up: styles adopted, templates prepared, code compiled
    type Metrics = { heap: number; nodes: number; listeners: number };
    const before = (await executeServerCommand('cdp-metrics')) as Metrics;
    await cycle(1000);
    const after = (await executeServerCommand('cdp-metrics')) as Metrics;
    console.log(`leak check: heap ${before.heap} → ${after.heap} bytes, nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`);
    expect(after.listeners).to.be.at.most(before.listeners);
    expect(after.nodes).to.be.at.most(before.nodes + 50);
    // 1,000 elements that stayed alive would hold megabytes; allow 512 KB of noise.
    expect(after.heap - before.heap).to.be.lessThan(512 * 1024);
  });
});
