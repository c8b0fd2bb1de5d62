/**
 * Styles in whichever document an element is in. Lit shares one constructed stylesheet per style
 * across instances, and a constructed stylesheet belongs to the document that made it: an element
 * first connected inside a same-origin frame threw "Sharing constructed stylesheets in multiple
 * documents is not allowed" and never rendered, and one moved there lost its styles. In the script's
 * own document nothing changes; in another one, each style is built once more for that document.
 */
import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/** Stylesheets made for other documents, per document and style. */
const SHEETS = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function cssText(style: CSSResultOrNative): string {
  return 'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/** Gives `root` the element's styles, made in `root`'s own document. */
export function adoptStylesIn(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (doc === document || !Sheet) return adoptStyles(root, [...styles]);
  let made = SHEETS.get(doc);
  if (!made) SHEETS.set(doc, (made = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = made.get(style);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      made.set(style, sheet);
    }
    return sheet;
  });
}

/** The element's class, which holds its styles and shadow-root options. */
const classOf = (host: LitElement) => host.constructor as typeof LitElement;

/**
 * The element's shadow root, for `createRenderRoot()`: Lit's own in the script's document (which also
 * takes over server-rendered HTML), else one whose styles are made for the element's document.
 */
export function renderRootIn(host: LitElement, lit: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  if (host.ownerDocument === document) return lit();
  const ctor = classOf(host);
  const root = host.shadowRoot ?? host.attachShadow(ctor.shadowRootOptions);
  adoptStylesIn(root, ctor.elementStyles);
  return root;
}

/** For `adoptedCallback()`: an element moved into another document takes its styles along. */
export function restyleIn(host: LitElement): void {
  if (host.shadowRoot) adoptStylesIn(host.shadowRoot, classOf(host).elementStyles);
}
