// End to end: the built single-file bundle on plain HTML pages (test/e2e/pages), loaded in a frame
// exactly as a publisher's page would load it, with no bundler in between.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { TAGS, mount, openFrame, sleep } from '../support/helpers.js';

type PageWindow = Window & { __errors: string[]; __violations: string[]; __warnings: string[] };
const openPage = (path: string) => openFrame<PageWindow>(path);

// innerText, not textContent: the bundle's templates carry no layout whitespace between tags, so
// the words a reader sees are separated by the layout (a flex gap, a block), not by text nodes.
const shadowText = (el: Element | null, selector: string) =>
  ((el?.shadowRoot?.querySelector(selector) as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('end to end: dist/reality-kit.js on plain pages', () => {
  it('the bundle is self-contained: no bare imports', async () => {
    const source = await (await fetch('/dist/reality-kit.js')).text();
    expect(/\bfrom\s*["'](?![./])/.test(source) || /\bimport\s*\(\s*["'](?![./])/.test(source)).to.equal(false);
  });

  it('five elements render the reference story from one src with one request', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/article.html');
    const hits = (await (await fetch('/test-server/hits?key=e2e-article')).json()) as { hits: number };
    expect(hits.hits).to.equal(1);
    expect(shadowText(doc.querySelector('reality-meter'), '[part~="score"]')).to.equal('34');
    expect(shadowText(doc.querySelector('source-list'), '[part~="summary"]')).to.equal('1 source on file · Avg trust 40/100');
    expect(doc.querySelector('glossary-list')!.shadowRoot!.querySelectorAll('dfn').length).to.equal(6);
    expect(doc.querySelector('vote-widget')!.shadowRoot!.querySelectorAll('[part~="choice"]').length).to.equal(3);
    expect(shadowText(doc.querySelector('prediction-card'), '[part~="community"]')).to.equal('Community forecast 32% from 10 forecasts');
    expect(win.__errors).to.deep.equal([]);
    // Lit's hydration support is for server-rendered elements only (reality-kit/ssr's pages load it):
    // a page that renders in the browser never fetches it.
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.endsWith('/dist/reality-kit.js'))).to.equal(true);
    expect(loaded.filter((url) => url.includes('hydrate'))).to.deep.equal([]);
    frame.remove();
  });

  it('the build squeezes only layout whitespace out of the templates: a reader sees the same text', async () => {
    // The bundle's html`` templates lose their line breaks and indentation at build time
    // (scripts/template-minifier.mjs); the same elements built from src/ keep them.
    const { frame, win, doc } = await openPage('/test/e2e/pages/article.html');
    const bundled = doc.querySelector('reality-meter')!;
    bundled.setAttribute('open', '');
    await (bundled as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (const tag of TAGS) {
      const fromSource = await mount(tag, undefined, tag === 'reality-meter' ? 'open' : '');
      const seen = (el: Element) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText;
      expect(seen(doc.querySelector(tag)!), tag).to.equal(seen(fromSource));
      expect(seen(fromSource).length, tag).to.be.greaterThan(20);
    }
    expect(win.__errors).to.deep.equal([]);
    win.localStorage.clear();
    frame.remove();
  });

  it('a vote-cast handler on the page sees the right detail', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/article.html');
    const seen: unknown[] = [];
    doc.addEventListener('vote-cast', (e) => {
      const { storyId, choice, previous } = (e as CustomEvent).detail;
      seen.push({ storyId, choice, previous });
    });
    (doc.querySelector('vote-widget')!.shadowRoot!.querySelectorAll('[part~="choice"]')[2] as HTMLElement).click();
    expect(seen).to.deep.equal([{ storyId: 'amazon-jassy-anthropic-export-curbs', choice: 'too-early', previous: null }]);
    expect(win.__errors).to.deep.equal([]);
    win.localStorage.clear();
    frame.remove();
  });

  it('src="#id" and an inline child render with no request', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/no-request.html');
    expect(shadowText(doc.querySelector('reality-meter'), '[part~="claim"]')).to.equal('A claim in the page');
    expect(shadowText(doc.querySelector('source-list'), '[part~="summary"]')).to.equal('1 source on file · Avg trust 80/100');
    expect(doc.querySelector('vote-widget')!.shadowRoot!.querySelectorAll('[part~="choice"]').length).to.equal(2);
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests.filter((p) => !p.endsWith('.js'))).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('renders the same under a strict CSP with Trusted Types, with zero violations', async () => {
    const response = await fetch('/test/e2e/pages/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { frame, win, doc } = await openPage('/test/e2e/pages/strict-csp.html');
    expect(shadowText(doc.querySelector('reality-meter'), '[part~="score"]')).to.equal('34');
    expect(doc.querySelector('reality-meter')!.shadowRoot!.querySelectorAll('[part~="factor"]').length).to.equal(4);
    expect(shadowText(doc.querySelector('vote-widget'), '[part~="total"]')).to.equal('186 reads · Most readers: Overhyped');
    expect(doc.querySelector('glossary-list')!.shadowRoot!.querySelectorAll('dfn').length).to.equal(6);
    expect(shadowText(doc.querySelectorAll('vote-widget')[1], '[part~="error"]')).to.equal(
      'This story could not be shown: version: this file is version 2; reality-kit reads version 1',
    );
    // The styles still apply: the card has its border and the bars their SVG widths.
    const base = doc.querySelector('source-list')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(win.getComputedStyle(base).borderTopStyle).to.equal('solid');
    await sleep(100);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('the strict page really enforces its policy (so zero violations above means something)', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/strict-csp.html');
    const script = doc.createElement('script');
    expect(() => (script.src = 'data:text/javascript,window.__ran=1')).to.throw(/TrustedScriptURL/);
    doc.body.setAttribute('style', 'color: red');
    await sleep(100);
    expect(win.getComputedStyle(doc.body).color).not.to.equal('rgb(255, 0, 0)');
    expect(win.__violations.length).to.equal(2);
    frame.remove();
  });

  it('loading the bundle twice throws nothing and warns nothing', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/twice.html');
    expect(shadowText(doc.querySelector('reality-meter'), '[part~="score"]')).to.equal('34');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
    frame.remove();
  });

  it('a tag another library already defined is skipped with a warning that names it', async () => {
    const { frame, win, doc } = await openPage('/test/e2e/pages/taken-tag.html');
    expect(shadowText(doc.querySelector('reality-meter'), '[part~="score"]')).to.equal('34');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal(["reality-kit: <vote-widget> is already defined by another library; reality-kit's <vote-widget> was not registered"]);
    frame.remove();
  });
});
