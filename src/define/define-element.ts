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
import { isServer, LitElement, render, type PropertyValues } from 'lit';

declare global {
  // Set by `@lit-labs/ssr-client/lit-element-hydrate-support.js`; installs hydration into LitElement.
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

/**
 * Hydration: an element that arrives with a declarative shadow root (server-rendered HTML, see
 * `reality-kit/ssr`) takes it over instead of rendering it again. `@lit-labs/ssr-client` adds that
 * to LitElement: 2.3 KB gzip that a page without server-rendered elements never uses, so it is a
 * separate module, loaded only when the page has such an element, before the element is defined
 * (Lit's own shadow root would otherwise empty the server's). It must patch LitElement before the
 * definition reads `observedAttributes` (it adds `defer-hydration`), and bundlers do not keep the
 * import order Lit relies on, so it is installed here unless it already is. If the module cannot be
 * loaded (a copy of the bundle without the files beside it), the elements render afresh instead.
 */
let hydrateSupport: Promise<void> | undefined;
const hydrateSupportInstalled = () => Object.hasOwn(LitElement, 'observedAttributes');
function loadHydrateSupport(): Promise<void> {
  hydrateSupport ??= import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(
    () => {
      if (!hydrateSupportInstalled()) globalThis.litElementHydrateSupport?.({ LitElement });
    },
    () => undefined,
  );
  return hydrateSupport;
}

/**
 * True when the page holds a server-rendered `<tag>` to take over. Only the document's own tree is
 * searched: one server-rendered inside another component's shadow root, with no other on the page,
 * is rendered afresh (the same content, made again).
 */
const serverRendered = (tag: string) => Array.prototype.some.call(document.getElementsByTagName(tag), (el: Element) => el.shadowRoot !== null);

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

/**
 * Defines `tag`: at once, or, on a page that holds server-rendered instances, once the hydration
 * support has loaded (until then the server's HTML shows as it is; `customElements.whenDefined(tag)`
 * tells when). Not awaited at the top of a module: a top-level await would make every importer wait,
 * and it stops the bundler from keeping Lit in the bundle's own file.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!isServer) {
    if (typeof document === 'undefined') return;
    if (!hydrateSupportInstalled() && serverRendered(tag)) {
      // The class's reactive properties become accessors on its prototype now, as a definition
      // would make them: a wrapper that looks for them before the element is defined (@lit/react
      // tells properties from attributes with `name in prototype`) finds them while this waits.
      (element as unknown as { finalize(): void }).finalize();
      void loadHydrateSupport().then(() => register(tag, element));
      return;
    }
  }
  register(tag, element);
}

function register(tag: string, element: CustomElementConstructor): void {
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
