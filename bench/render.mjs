// Render benchmark: each element built by reality-kit (Lit) against a floor, a vanilla custom
// element that builds the same DOM by cloning a <template> and setting textContent, measured in the
// same run: define + create + render + forced layout of N = 1, 100, 1000 instances, a fresh page per
// sample, samples interleaved. N = 1 includes evaluating the whole bundle: the cold single widget.
// Also JS heap and DOM nodes per 1,000 instances. Run `npm run build` first.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TAGS } from '../src/tags.js';
import { ROOT, launch, machine, median, shuffle, startServer, table } from './lib.mjs';

const TAGS = process.env.BENCH_TAGS?.split(',') ?? TAGS;
const SIZES = [1, 100, 1000];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);

const { server, base } = await startServer();
const browser = await launch();

/**
 * The floor's material, taken from what the Lit elements render: each element's shadow DOM without
 * Lit's marker comments, its styles as one sheet, and its text nodes in order.
 */
async function captureFloor() {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/render.html`);
  const data = await page.evaluate(async (tags) => {
    await import('/dist/reality-kit.js');
    const story = await (await fetch('/stories/story-export-curbs.json')).json();
    const out = {};
    for (const tag of tags) {
      const el = document.createElement(tag);
      el.story = story;
      document.body.append(el);
      await el.updateComplete;
      const clone = document.createDocumentFragment();
      for (const child of el.shadowRoot.childNodes) clone.append(child.cloneNode(true));
      const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      const texts = [];
      const textWalker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
      while (textWalker.nextNode()) texts.push(textWalker.currentNode.data);
      const div = document.createElement('div');
      div.append(...clone.childNodes);
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      out[tag] = { html: div.innerHTML, css, texts };
      el.remove();
    }
    return out;
  }, TAGS);
  await page.close();
  // The floor module: plain DOM, no framework, no validation, no reactivity.
  const source = `const DATA = ${JSON.stringify(data)};
for (const [tag, { html, css, texts }] of Object.entries(DATA)) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  customElements.define(tag, class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.append(template.content.cloneNode(true));
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let i = 0;
      while (walker.nextNode()) walker.currentNode.textContent = texts[i++];
    }
  });
}
`;
  mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/.out/floor.js'), source);
}

async function sample(impl, tag, n) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/render.html?impl=${impl}&tag=${tag}&n=${n}`);
  await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
  const result = await page.evaluate(() => window.__result);
  await page.close();
  return result;
}

/** JS heap per 1,000 instances: after a forced GC, with 1,000 rendered minus with none. */
async function heapPer1000(impl, tag) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/render.html?impl=${impl}&tag=${tag}&n=0`);
  await page.waitForFunction(() => window.__result);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  await page.evaluate(async ({ tag }) => {
    const story = await (await fetch('/stories/story-export-curbs.json')).json();
    window.__kept = [];
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement(tag);
      el.story = story;
      document.body.append(el);
      window.__kept.push(el);
    }
    await Promise.all(window.__kept.map((el) => el.updateComplete));
  }, { tag });
  const after = await heap();
  await page.close();
  return after - before;
}

await captureFloor();
const times = {};
for (let s = 0; s < SAMPLES; s++) {
  for (const tag of TAGS) {
    for (const n of SIZES) {
      for (const impl of shuffle(['lit', 'floor'])) {
        const key = `${tag}|${n}|${impl}`;
        const r = await sample(impl, tag, n);
        (times[key] ??= []).push(r);
      }
    }
  }
  process.stderr.write(`sample ${s + 1}/${SAMPLES}\r`);
}

const rows = [];
const ratios = {};
for (const tag of TAGS) {
  for (const n of SIZES) {
    const lit = times[`${tag}|${n}|lit`].map((r) => r.ms);
    const floor = times[`${tag}|${n}|floor`].map((r) => r.ms);
    const ratio = median(lit) / median(floor);
    (ratios[n] ??= []).push(ratio);
    rows.push([tag, n === 1 ? '1 (cold)' : String(n), `${median(lit).toFixed(1)} (${Math.min(...lit).toFixed(1)}–${Math.max(...lit).toFixed(1)})`, `${median(floor).toFixed(1)} (${Math.min(...floor).toFixed(1)}–${Math.max(...floor).toFixed(1)})`, `${ratio.toFixed(2)}×`]);
  }
}
const memory = [];
for (const tag of TAGS) {
  const lit = await heapPer1000('lit', tag);
  const floor = await heapPer1000('floor', tag);
  const nodesLit = times[`${tag}|1000|lit`][0].nodes;
  const nodesFloor = times[`${tag}|1000|floor`][0].nodes;
  memory.push([tag, (lit / 1024 / 1000).toFixed(2), (floor / 1024 / 1000).toFixed(2), `${(lit / floor).toFixed(2)}×`, String(nodesLit), String(nodesFloor)]);
}
await browser.close();
server.close();

console.log(`\nRender: define + create + render + forced layout, ms, median (min–max) of ${SAMPLES} fresh-page samples, interleaved. ${machine()}\n`);
console.log(table(['element', 'N', 'reality-kit (Lit)', 'floor (template + textContent)', 'ratio'], rows));
console.log(`\nMedian ratio across elements: N = 1 (cold) ${median(ratios[1]).toFixed(2)}×, N = 100 ${median(ratios[100]).toFixed(2)}×, N = 1000 ${median(ratios[1000]).toFixed(2)}×`);
console.log('\nMemory per instance (1,000 rendered, after a forced GC) and DOM nodes for 1,000 (light + shadow trees):\n');
console.log(table(['element', 'heap KB/instance (Lit)', 'heap KB/instance (floor)', 'ratio', 'nodes (Lit)', 'nodes (floor)'], memory));
