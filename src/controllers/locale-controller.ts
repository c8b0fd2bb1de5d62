/**
 * Follows the nearest `lang` and `dir` (through shadow roots too) and re-renders the element when
 * either changes anywhere above it, so a page's language switch reaches every widget, inside an app
 * shell's shadow root as well.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Language } from '../i18n/language.js';
import { nearestLanguage, registerLanguage } from '../i18n/load.js';

/** The nearest ancestor-or-self attribute value, crossing shadow boundaries. */
function nearest(el: Element, name: 'lang' | 'dir'): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * Whether a language tag is well-formed, remembered per tag. A malformed one (`en_US`) makes every
 * `Intl` constructor throw; a well-formed one `Intl` has no data for (`zz`) just falls back to the
 * browser's language. `getCanonicalLocales` only parses the tag: asking `supportedLocalesOf` instead
 * loads the number-formatting data, 13–20 ms on a cold page, which a glossary never needs.
 */
const WELL_FORMED = new Map<string, boolean>();
function wellFormed(lang: string): boolean {
  let ok = WELL_FORMED.get(lang);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(lang).length > 0;
    } catch {
      ok = false; // a malformed tag throws a RangeError
    }
    WELL_FORMED.set(lang, ok);
  }
  return ok;
}

/**
 * One observer for the whole page: it watches `lang` and `dir` on the document and on every shadow
 * root that holds an element (an app shell's own attributes live there, out of a document-wide
 * observer's sight), and tells the connected controllers whose values changed.
 */
const connected = new Set<LocaleController>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | null = null;

function watchAbove(el: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  let root: Node = el.getRootNode();
  for (;;) {
    const target = root instanceof ShadowRoot ? root : (root as Document).documentElement ?? root;
    if (!observed.has(target)) {
      observed.add(target);
      observer.observe(target, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/** Languages whose table the page carried, taken in once per page. */
const adopted = new Set<string>();

/**
 * Server-rendered HTML in another language than English comes with that language's table beside it,
 * in `<script type="application/json" id="reality-kit-language-<tag>">` (`reality-kit/ssr` writes
 * it). Registered before the element's first render, it lets the element take the server's HTML over
 * in the same language at once, instead of rendering English while the language module loads (a flash
 * of English, and a hydration mismatch). A table of the wrong shape cannot break an element: the
 * translator takes only string values and falls back to English for the rest.
 */
function adoptPageLanguage(host: Element, lang: string): void {
  const tag = nearestLanguage(lang);
  if (tag === null || adopted.has(tag)) return;
  adopted.add(tag);
  const script = host.ownerDocument.getElementById(`reality-kit-language-${tag}`) as HTMLScriptElement | null;
  try {
    if (script?.type === 'application/json') registerLanguage(tag, JSON.parse(script.text) as Language);
  } catch {
    // Not JSON: the language module loads as usual.
  }
}

export class LocaleController implements ReactiveController {
  #lang: string | undefined;
  #dir: 'ltr' | 'rtl' = 'ltr';
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * A BCP 47 tag `Intl` accepts, or `undefined` for the browser's default. On a server there is no
   * document above the element: its own `lang` attribute (which `reality-kit/ssr` sets) is the language.
   */
  get lang(): string | undefined {
    if (!isServer) return this.#lang;
    const lang = this.#host.getAttribute('lang');
    return lang && wellFormed(lang) ? lang : undefined;
  }

  /** `rtl` when the nearest `dir` says so (on a server: the element's own `dir`), else `ltr`. */
  get dir(): 'ltr' | 'rtl' {
    if (!isServer) return this.#dir;
    return this.#host.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    // A server render (one that calls connectedCallback) has no DOM above the element to observe.
    if (isServer) return;
    connected.add(this);
    watchAbove(this.#host);
    this.#read();
    if (this.#lang) adoptPageLanguage(this.#host, this.#lang);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Every render reads the nearest `lang` and `dir` again: a host's `requestUpdate()` is enough. */
  hostUpdate(): void {
    if (!isServer) this.#read();
  }

  /** An attribute changed somewhere: re-render if this element's language or direction did. */
  refresh(): void {
    const before = `${this.lang}|${this.dir}`;
    this.#read();
    if (`${this.lang}|${this.dir}` !== before) this.#host.requestUpdate();
  }

  #read(): void {
    const lang = nearest(this.#host, 'lang');
    // An invalid tag would make every Intl formatter throw; fall back to the browser's language.
    this.#lang = lang && wellFormed(lang) ? lang : undefined;
    this.#dir = nearest(this.#host, 'dir').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }
}
