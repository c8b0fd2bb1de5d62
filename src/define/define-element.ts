/**
 * Registers one element under its tag, idempotently: a tag that is already defined (by the bundle, by
 * this module loaded twice, or by another copy of the package) is skipped quietly; one that another
 * library defined is skipped with a warning that names the tag.
 *
 * Where it defines nothing: in Node, the single-file bundle carries Lit's browser build (`isServer` is
 * false there) and has no `document`, so a server that imports the bundle gets the classes and no
 * registration. The package modules resolve Lit's Node build instead (`isServer` true): they register
 * in Lit's server-side registry, which is what `@lit-labs/ssr` renders from.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { isServer, LitElement, render, type PropertyValues } from 'lit';

declare global {
  // Set by the module above; Lit calls it when `lit-element` is evaluated after it.
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

/**
 * Hydration: an element that arrives with a declarative shadow root (server-rendered HTML, see
 * `reality-kit/ssr`) takes it over instead of rendering it again. `@lit-labs/ssr-client` installs
 * that into LitElement when it is loaded before `lit-element`; bundlers do not keep that order, so
 * install it here unless it is already in (it adds its own `observedAttributes` to LitElement).
 */
function installHydrateSupport(): void {
  if (!Object.hasOwn(LitElement, 'observedAttributes')) globalThis.litElementHydrateSupport?.({ LitElement });
}

/** Marks reality-kit's classes, so a second copy of the package is told apart from another library. */
const OURS = Symbol.for('reality-kit.element');

/**
 * When the client's first render cannot take the server's HTML over, because it differs in shape
 * (a returning reader whose vote, remembered in this browser, shows the results the server could
 * not know about), Lit's hydration throws "Hydration value mismatch". Render afresh instead, keeping
 * the server's `<style>` elements (hydration adopts no styles): the reader sees their own state, and
 * the console stays quiet.
 */
function renderAfreshOnMismatch(element: CustomElementConstructor): void {
  const proto = element.prototype as LitElement & { update(changed: PropertyValues): void };
  if (Object.hasOwn(proto, 'update')) return; // already wrapped, or the class has its own update
  const update = proto.update;
  Object.defineProperty(proto, 'update', {
    configurable: true,
    writable: true,
    value(this: LitElement, changed: PropertyValues) {
      try {
        update.call(this, changed);
      } catch (error) {
        if (!String((error as Error)?.message).startsWith('Hydration value mismatch')) throw error;
        const root = this.renderRoot as ShadowRoot;
        for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
        render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
      }
    },
  });
}

export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!isServer) {
    if (typeof document === 'undefined') return;
    installHydrateSupport();
  }
  (element as unknown as Record<symbol, string>)[OURS] = tag;
  const existing = customElements.get(tag) as unknown as Record<symbol, string> | undefined;
  if (!existing) {
    if (!isServer) renderAfreshOnMismatch(element);
    return customElements.define(tag, element);
  }
  // Another copy of reality-kit (the bundle loaded twice) is fine; another library's element under
  // our name means ours will not show, and the page's author should hear why.
  if (existing[OURS] !== tag && !isServer) console.warn(`reality-kit: <${tag}> is already defined by another library; reality-kit's <${tag}> was not registered`);
}
