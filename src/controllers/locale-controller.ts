/**
 * Follows the nearest `lang` and `dir` (through shadow roots too) and re-renders the element when
 * either changes anywhere above it, so a page's language switch reaches every widget.
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

export class LocaleController implements ReactiveController {
  /** A BCP 47 tag `Intl` accepts, or `undefined` for the browser's default. */
  lang: string | undefined;
  dir: 'ltr' | 'rtl' = 'ltr';
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // SSR (issue 14): a server render (one that calls connectedCallback) has no DOM above the element
    // to read or observe; it renders in the default language, left to right.
    if (isServer) return;
    this.#read();
    this.#observer = new MutationObserver(() => {
      const before = `${this.lang}|${this.dir}`;
      this.#read();
      if (`${this.lang}|${this.dir}` !== before) this.#host.requestUpdate();
    });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #read(): void {
    const lang = nearest(this.#host, 'lang');
    // An invalid tag would make every Intl formatter throw; fall back to the browser's language.
    this.lang = lang && wellFormed(lang) ? lang : undefined;
    this.dir = nearest(this.#host, 'dir').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }
}
