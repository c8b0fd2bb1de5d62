/**
 * What element tests share: mounting an element with a story, reading what a reader sees in its
 * shadow root, and waiting for events. Assertions stay on strings, numbers and booleans (a failing
 * chai-dom assertion on an element hangs Web Test Runner instead of failing).
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { referenceStory } from '../fixtures/index.js';

// Every test file shares the browser's storage: votes and forecasts a test saved must not reach the
// next test (or the next file). A root-level hook in each file that imports this module.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

import { TAGS, type ElementTag as Tag } from '../../src/tags.js';

export { TAGS, type Tag };

/** Mounts `<tag>` with `story` set as a property and waits until it has rendered it. */
export async function mount<K extends Tag>(tag: K, story: unknown = referenceStory(), attrs = ''): Promise<HTMLElementTagNameMap[K]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrapper.firstElementChild as HTMLElementTagNameMap[K];
  (el as unknown as { story: unknown }).story = story;
  await el.updateComplete;
  return el;
}

/** Mounts `<tag>` from markup (with `src`, a child, or nothing) without waiting for its story. */
export async function mountMarkup<K extends Tag>(markup: string): Promise<HTMLElementTagNameMap[K]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as HTMLElementTagNameMap[K];
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Elements in the shadow root with the part `name`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

export function part(el: Element, name: string): HTMLElement | null {
  return parts(el, name)[0] ?? null;
}

/** The text a reader sees in a node, whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element in the shadow root matching `selector`. */
export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Collects every `name` event from `el` until `stop()` is called. */
export function record<E extends Event = Event>(el: EventTarget, name: string) {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  el.addEventListener(name, listener);
  return { events, stop: () => el.removeEventListener(name, listener) };
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 25 ms for up to `ms`: for waits on a server, where fixed sleeps flake under load. */
export async function until(condition: () => boolean, ms = 5000): Promise<void> {
  for (let waited = 0; waited < ms && !condition(); waited += 25) await sleep(25);
}
export { oneEvent, referenceStory, staticHtml, unsafeStatic };

/** A story with its validation broken at `sources[0].trust`. */
export function brokenStory() {
  const story = referenceStory() as Record<string, any>;
  story.sources[0].trust = 101;
  return story;
}

/** A story whose closesAt is in the past or the future, by `days`. */
export function storyClosingIn(days: number, extra: Record<string, unknown> = {}) {
  const story = referenceStory() as Record<string, any>;
  story.prediction = { ...story.prediction, closesAt: new Date(Date.now() + days * 864e5).toISOString().replace(/\.\d+Z$/, 'Z'), ...extra };
  return story;
}

/** Types `value` into a `<prediction-card>`'s number field as a reader does (one input event). */
export async function typeForecast(card: Element & { updateComplete: Promise<unknown> }, value: string): Promise<void> {
  const field = card.shadowRoot!.querySelector<HTMLInputElement>('#forecast')!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await card.updateComplete;
}

/** Runs `action` with console.warn captured; returns what was warned, one entry per call. */
export async function captureWarnings(action: () => Promise<void>): Promise<unknown[][]> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await action();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** A page opened in a same-origin frame: the frame, its document and its window. */
export interface OpenedPage<W> {
  frame: HTMLIFrameElement;
  doc: Document;
  win: W;
}

/** True once every reality-kit element in `doc` shows a story or an error (no loading placeholder). */
export const elementsSettled = (doc: Document) =>
  [...doc.querySelectorAll(TAGS.join(','))].every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.hasAttribute('aria-busy'));

/**
 * Opens `path` in a frame of the given size, waits for its load event, then polls (up to 10 s) until
 * `ready` holds: by default, until every element on it has rendered a story or an error. `onLoad`
 * runs at the load event, before the waiting (to listen for what happens while the page renders).
 */
export async function openFrame<W extends Window = Window>(
  path: string,
  {
    width = 900,
    height = 700,
    ready = (doc: Document) => elementsSettled(doc),
    onLoad,
  }: { width?: number; height?: number; ready?: (doc: Document, win: W) => unknown; onLoad?: (doc: Document, win: W) => void } = {},
): Promise<OpenedPage<W>> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as W;
  onLoad?.(doc, win);
  await until(() => Boolean(ready(doc, win)), 10_000);
  return { frame, doc, win };
}
