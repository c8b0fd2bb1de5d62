/**
 * Follows the nearest `lang` and `dir` (through shadow roots too) and re-renders the element when
 * either changes anywhere above it, so a page's language switch reaches every widget, inside an app
 * shell's shadow root as well.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

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

export class LocaleController implements ReactiveController {
  /** A BCP 47 tag `Intl` accepts, or `undefined` for the browser's default. */
  lang: string | undefined;
  dir: 'ltr' | 'rtl' = 'ltr';
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // SSR (issue 14): a server render (one that calls connectedCallback) has no DOM above the element
    // to read or observe; it renders in the default language, left to right.
    if (isServer) return;
    connected.add(this);
    watchAbove(this.#host);
    this.#read();
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
    this.lang = lang && wellFormed(lang) ? lang : undefined;
    this.dir = nearest(this.#host, 'dir').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }
}
