import { expect } from '@open-wc/testing';
import { loadStory } from '../../src/story/loader.js';
import { referenceStory } from '../fixtures/index.js';
import type { ParseResult } from '../../src/story/schema.js';

/** A unique key per test, so request counts on the test server never mix. */
let counter = 0;
const key = () => `loader-${Date.now()}-${counter++}`;
const storyUrl = (k: string, params: Record<string, string | number> = {}) =>
  `/test-server/story?${new URLSearchParams({ key: k, ...Object.fromEntries(Object.entries(params).map(([a, b]) => [a, String(b)])) })}`;
const hits = async (k: string) => (await (await fetch(`/test-server/hits?key=${k}`)).json()) as { hits: number; closedEarly: boolean; cookie: string | null };
const host = () => document.createElement('div');
const describeResult = (r: ParseResult | null) => (r === null ? 'none' : r.ok ? `story ${r.story.id}` : `${r.error.kind}: ${r.error.message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loader: the order of docs/story-format.md', () => {
  it('the story property (object) wins over src and a child', async () => {
    const el = host();
    el.innerHTML = '<script type="application/json">{"version": 2}</script>';
    const result = await loadStory({ story: referenceStory(), src: '/nowhere.json', host: el });
    expect(describeResult(result)).to.equal('story amazon-jassy-anthropic-export-curbs');
  });
  it('the story property as a JSON string', async () => {
    const result = await loadStory({ story: JSON.stringify(referenceStory()), host: host() });
    expect(describeResult(result)).to.equal('story amazon-jassy-anthropic-export-curbs');
  });
  it('src="#id" reads an in-page JSON script, with no request', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'loader-inline-story';
    script.textContent = JSON.stringify(referenceStory());
    document.body.append(script);
    try {
      const result = await loadStory({ src: '#loader-inline-story', host: host() });
      expect(describeResult(result)).to.equal('story amazon-jassy-anthropic-export-curbs');
    } finally {
      script.remove();
    }
  });
  it('src="#id" naming no JSON script is a fetch error', async () => {
    const result = await loadStory({ src: '#no-such-script', host: host() });
    expect(describeResult(result)).to.equal('fetch: no JSON script on the page has that id');
  });
  it('a JSON child when there is neither property nor src', async () => {
    const el = host();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(referenceStory());
    el.append(script);
    expect(describeResult(await loadStory({ host: el }))).to.equal('story amazon-jassy-anthropic-export-curbs');
  });
  it('nothing given: null (the element waits)', async () => {
    expect(await loadStory({ host: host() })).to.equal(null);
  });
  it('a broken child is a json error', async () => {
    const el = host();
    el.innerHTML = '<script type="application/json">{"version": 1,</script>';
    expect(describeResult(await loadStory({ host: el }))).to.equal('json: the story is not valid JSON');
  });
});

describe('loader: fetching', () => {
  it('loads a story over HTTP', async () => {
    const k = key();
    expect(describeResult(await loadStory({ src: storyUrl(k), host: host() }))).to.equal('story amazon-jassy-anthropic-export-curbs');
    expect((await hits(k)).hits).to.equal(1);
  });
  it('any number of loads of one src share one request', async () => {
    const k = key();
    const url = storyUrl(k, { delay: 100 });
    const results = await Promise.all(Array.from({ length: 20 }, () => loadStory({ src: url, host: host() })));
    expect(results.every((r) => r?.ok)).to.equal(true);
    expect(new Set(results.map((r) => (r?.ok ? r.story : null))).size).to.equal(1);
    expect((await hits(k)).hits).to.equal(1);
  });
  it('refuses addresses that are not http(s)', async () => {
    for (const src of ['data:application/json,{}', 'javascript:alert(1)', 'blob:http://127.0.0.1/x', 'file:///etc/passwd']) {
      expect(describeResult(await loadStory({ src, host: host() }))).to.equal('fetch: the story address must be an http or https URL');
    }
  });
  const failures: Array<[string, Record<string, string | number>, string]> = [
    ['404 with a JSON body', { status: 404, body: 'error-json' }, 'fetch: the story could not be fetched (HTTP 404)'],
    ['500', { status: 500 }, 'fetch: the story could not be fetched (HTTP 500)'],
    ['HTML with status 200', { type: 'text/html', body: 'html' }, 'fetch: the server did not send the story as JSON'],
    ['JSON sent as text/plain', { type: 'text/plain' }, 'fetch: the server did not send the story as JSON'],
    ['a truncated body', { body: 'truncated' }, 'json: the story is not valid JSON'],
    ['a body that is not a valid story', { body: '{"version":1}' }, 'validation: id: is required (and 3 more)'],
  ];
  for (const [name, params, expected] of failures) {
    it(name, async () => {
      expect(describeResult(await loadStory({ src: storyUrl(key(), params), host: host() }))).to.equal(expected);
    });
  }
  it('a failed load is not cached: the next try requests again', async () => {
    const k = key();
    await loadStory({ src: storyUrl(k, { status: 500 }), host: host() });
    await loadStory({ src: storyUrl(k, { status: 500 }), host: host() });
    expect((await hits(k)).hits).to.equal(2);
  });
  it('accepts a +json content type with parameters', async () => {
    const result = await loadStory({ src: storyUrl(key(), { type: 'application/vnd.story+json; charset=utf-8' }), host: host() });
    expect(result?.ok).to.equal(true);
  });
  it('stops reading at 256 KB and closes the connection', async () => {
    const k = key();
    const result = await loadStory({ src: storyUrl(k, { body: 'big' }), host: host() });
    expect(describeResult(result)).to.equal('fetch: the story is larger than 256 KB');
    for (let i = 0; i < 100 && !(await hits(k)).closedEarly; i++) await sleep(20);
    expect((await hits(k)).closedEarly).to.equal(true);
  });
  it('times out a server that never answers', async () => {
    const k = key();
    const started = performance.now();
    const result = await loadStory({ src: `/test-server/never?key=${k}`, host: host() }, { timeoutMs: 300 });
    expect(describeResult(result)).to.equal('fetch: the story did not arrive within 0.3 s');
    expect(performance.now() - started).to.be.lessThan(3000);
  });
  it('connection refused is a fetch error', async () => {
    const result = await loadStory({ src: 'http://127.0.0.1:9/story.json', host: host() });
    expect(describeResult(result)).to.equal('fetch: the story could not be fetched (network error)');
  });
  it('sends no cookies', async () => {
    await fetch('/test-server/set-cookie');
    expect(document.cookie).to.contain('session=secret');
    const k = key();
    await loadStory({ src: storyUrl(k), host: host() });
    expect((await hits(k)).cookie).to.equal(null);
    document.cookie = 'session=; Max-Age=0; Path=/';
  });
});

describe('loader: abandoning', () => {
  it('an abandoned load resolves at once and the last waiter aborts the request', async () => {
    const k = key();
    const controller = new AbortController();
    const pending = loadStory({ src: `/test-server/never?key=${k}`, host: host() }, { signal: controller.signal });
    await sleep(100);
    controller.abort();
    expect(describeResult(await pending)).to.equal('fetch: the load was abandoned');
    // The server saw the request, then the connection close; a new load makes a new request.
    const again = new AbortController();
    const second = loadStory({ src: `/test-server/never?key=${k}`, host: host() }, { signal: again.signal });
    await sleep(100);
    again.abort();
    await second;
    expect((await hits(k)).hits).to.equal(2);
  });
  it('a shared request goes on while another element still waits for it', async () => {
    const k = key();
    const url = storyUrl(k, { delay: 300 });
    const first = new AbortController();
    const abandoned = loadStory({ src: url, host: host() }, { signal: first.signal });
    const kept = loadStory({ src: url, host: host() });
    await sleep(50);
    first.abort();
    expect(describeResult(await abandoned)).to.equal('fetch: the load was abandoned');
    expect(describeResult(await kept)).to.equal('story amazon-jassy-anthropic-export-curbs');
    expect((await hits(k)).hits).to.equal(1);
  });
  it('an already aborted signal makes no request', async () => {
    const k = key();
    const controller = new AbortController();
    controller.abort();
    expect(describeResult(await loadStory({ src: storyUrl(k), host: host() }, { signal: controller.signal }))).to.equal('fetch: the load was abandoned');
    expect((await hits(k)).hits).to.equal(0);
  });
});
