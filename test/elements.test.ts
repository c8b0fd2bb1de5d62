// What all five elements promise alike (docs/elements.md): definition, loading, errors, events, theming.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { TAGS, all, brokenStory, mount, mountMarkup, part, record, referenceStory, sleep, text, until } from './support/helpers.js';
import { StoryErrorEvent, StoryLoadEvent } from '../src/events.js';

let counter = 0;
const key = () => `elements-${Date.now()}-${counter++}`;
const hits = async (k: string) => ((await (await fetch(`/test-server/hits?key=${k}`)).json()) as { hits: number }).hits;

describe('all elements', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it('is defined, and defining again is skipped quietly', async () => {
        expect(customElements.get(tag)).to.not.equal(undefined);
        // define.ts is idempotent: importing it under another URL runs it again without throwing.
        await import(`../src/define.ts?again=${tag}`);
        expect(customElements.get(tag)).to.not.equal(undefined);
      });

      it('renders the reference story accessibly (axe), with a base part', async () => {
        const el = await mount(tag);
        expect(part(el, 'base')).to.not.equal(null);
        expect(part(el, 'error')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('while loading keeps its reserved height, sets aria-busy, and is accessible', async () => {
        const el = await mountMarkup(`<${tag} src="/test-server/never?key=${key()}"></${tag}>`);
        expect(el.getAttribute('aria-busy')).to.equal('true');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        el.remove();
      });

      it('no layout shift: the reserved height is not more than the rendered height', async () => {
        const loading = await mountMarkup(`<${tag} src="/test-server/never?key=${key()}"></${tag}>`);
        const reserved = loading.getBoundingClientRect().height;
        loading.remove();
        const ready = await mount(tag);
        expect(ready.getBoundingClientRect().height).to.be.at.least(reserved);
      });

      it('shows one readable error, fires story-error, is accessible, and recovers', async () => {
        const wrapper = document.createElement('div');
        document.body.append(wrapper);
        const el = document.createElement(tag) as HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
        const errors = record<StoryErrorEvent>(el, 'story-error');
        const loads = record<StoryLoadEvent>(el, 'story-load');
        wrapper.append(el);
        el.story = brokenStory();
        await el.updateComplete;
        await sleep(0);
        expect(text(part(el, 'error'))).to.equal('This story could not be shown: sources[0].trust: must be at most 100');
        expect(errors.events.length).to.equal(1);
        expect(errors.events[0].detail.kind).to.equal('validation');
        expect(errors.events[0].detail.issues).to.deep.equal([{ path: 'sources[0].trust', message: 'must be at most 100' }]);
        expect(errors.events[0].bubbles && errors.events[0].composed).to.equal(true);
        expect(all(el, '[part~="claim"], [part~="list"], [part~="choices"], [part~="question"]').length).to.equal(0);
        await expect(el).to.be.accessible();
        el.story = referenceStory();
        await el.updateComplete;
        await sleep(0);
        expect(part(el, 'error')).to.equal(null);
        expect(loads.events.length).to.equal(1);
        expect(loads.events[0].detail.story.id).to.equal('amazon-jassy-anthropic-export-curbs');
        wrapper.remove();
      });

      it('reads an inline JSON child and #id, with no request', async () => {
        const inline = await mountMarkup(`<${tag}><script type="application/json">${JSON.stringify(referenceStory())}</script></${tag}>`);
        expect(part(inline, 'error')).to.equal(null);
        expect(inline.hasAttribute('aria-busy')).to.equal(false);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.id = `story-${tag}`;
        script.textContent = JSON.stringify(referenceStory());
        document.body.append(script);
        const byId = await mountMarkup(`<${tag} src="#story-${tag}"></${tag}>`);
        expect(byId.hasAttribute('aria-busy')).to.equal(false);
        script.remove();
      });

      it('a stale response never wins: changing src while loading shows the newer story', async () => {
        const k = key();
        const el = await mountMarkup<typeof tag>(`<${tag} src="/test-server/story?key=${k}-slow&delay=400&body=variant-slow"></${tag}>`);
        const loads = record<StoryLoadEvent>(el, 'story-load');
        (el as unknown as { src: string }).src = `/test-server/story?key=${k}-fast&body=variant-fast`;
        await until(() => loads.events.length > 0);
        await sleep(600); // past the slow response's 400 ms, so a stale story would have arrived by now
        expect(loads.events.map((e) => e.detail.story.id)).to.deep.equal(['variant-fast']);
        el.remove();
      });

      it('the newer src wins when it answers last, too', async () => {
        const k = key();
        const el = await mountMarkup<typeof tag>(`<${tag} src="/test-server/story?key=${k}-a&body=variant-a"></${tag}>`);
        const loads = record<StoryLoadEvent>(el, 'story-load');
        (el as unknown as { src: string }).src = `/test-server/story?key=${k}-b&delay=300&body=variant-b`;
        await until(() => loads.events.length > 0);
        await sleep(100);
        expect(loads.events.map((e) => e.detail.story.id)).to.deep.equal(['variant-b']);
      });

      it('removed while loading: no event afterwards', async () => {
        const k = key();
        const el = await mountMarkup(`<${tag} src="/test-server/story?key=${k}&delay=200"></${tag}>`);
        const events = [record(el, 'story-load'), record(el, 'story-error')];
        el.remove();
        await sleep(400);
        expect(events.reduce((n, r) => n + r.events.length, 0)).to.equal(0);
      });

      it('reflects theme and renders in dark with no axe violation', async () => {
        const el = await mount(tag, referenceStory(), 'theme="dark"');
        expect(el.getAttribute('theme')).to.equal('dark');
        const base = part(el, 'base')!;
        expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 24, 29)');
        await expect(el).to.be.accessible();
        (el as unknown as { theme: string }).theme = 'light';
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      });

      it('theme="auto" follows prefers-color-scheme', async () => {
        const el = await mount(tag);
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(22, 24, 29)');
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'light' });
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      });

      it('reads --reality-* custom properties from the page', async () => {
        const el = await mount(tag);
        el.style.setProperty('--reality-bg', 'rgb(1, 2, 3)');
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      });

      it('host styles do not leak in', async () => {
        const style = document.createElement('style');
        style.textContent = 'p, li, button, dd, dt { color: rgb(255, 0, 0) !important; display: none !important; }';
        document.head.append(style);
        try {
          const el = await mount(tag);
          const shown = all(el, 'p, li, button, dd, dt');
          expect(shown.length).to.be.greaterThan(0);
          expect(shown.every((node) => getComputedStyle(node).display !== 'none')).to.equal(true);
        } finally {
          style.remove();
        }
      });

      it('takes strings for fixed texts, with placeholders', async () => {
        const el = await mount(tag, brokenStory());
        (el as unknown as { strings: Record<string, string> }).strings = { error: 'Fehler: {message}' };
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(text(part(el, 'error'))).to.equal('Fehler: sources[0].trust: must be at most 100');
      });

      it('a malformed or unknown lang falls back to the browser language, whatever the order', async () => {
        const reference = await mount(tag, referenceStory(), 'reveal');
        const seen = (el: Element) => (part(el, 'base') as HTMLElement).innerText;
        // `en_US` would make an Intl constructor throw; `zz` is well-formed but has no locale data.
        for (const lang of ['en_US', 'zz', 'x', '']) {
          const el = await mount(tag, referenceStory(), `reveal lang="${lang}"`);
          expect(seen(el), `lang="${lang}"`).to.equal(seen(reference));
        }
      });

      it('lays out right to left under dir="rtl"', async () => {
        const wrapper = document.createElement('div');
        wrapper.dir = 'rtl';
        wrapper.lang = 'ar';
        document.body.append(wrapper);
        const el = document.createElement(tag) as HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
        el.story = referenceStory();
        wrapper.append(el);
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
        wrapper.remove();
      });
    });
  }

  it('elements with one src share one request and one parsed story', async () => {
    const k = key();
    const src = `/test-server/story?key=${k}&delay=100`;
    const wrapper = document.createElement('div');
    const stories: unknown[] = [];
    wrapper.addEventListener('story-load', (e) => stories.push((e as StoryLoadEvent).detail.story));
    wrapper.innerHTML = TAGS.map((tag) => `<${tag} src="${src}"></${tag}><${tag} src="${src}"></${tag}>`).join('');
    document.body.append(wrapper);
    await until(() => stories.length >= 10);
    expect(stories.length).to.equal(10);
    expect(new Set(stories).size).to.equal(1);
    expect(await hits(k)).to.equal(1);
    wrapper.remove();
  });
});
