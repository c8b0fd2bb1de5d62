/**
 * Glossary terms as fragments: a page's `#term-…` address cannot reach into a shadow root, so this
 * reactive controller does what the browser would. It marks the term the address names and scrolls it
 * into view on load, on `hashchange`, and when the reader follows the same link again (which changes
 * no hash, so fires no event). With several glossaries on a page, the first in document order that
 * has the term answers, as the first element with an id would.
 *
 * One `hashchange` and one `click` listener per window, however many glossaries it has.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fragmentTermId } from '../glossary-list/term-id.js';

/** Where the element's term `id` is, if it has one. */
type Find = (id: string) => HTMLElement | null;

const glossaries = new Set<FragmentController>();
const listening = new WeakSet<Window>();
/**
 * The connected glossaries that show a mark. One taken out with its mark keeps showing it, so it comes
 * back in here when it reconnects (a framework moving it), to be cleared if the address has moved on.
 */
const marked = new Set<FragmentController>();
/** The last term answered, so that a re-render does not scroll the page again. */
let answered: { id: string; by: FragmentController } | null = null;

/** The term id the address names (raw or percent-encoded, normalised as ids are), or `''`. */
function addressed(win: Window): string {
  return fragmentTermId(win.location.hash) ?? '';
}

/** Document order of two glossaries (registration order where the DOM cannot tell, across shadow roots). */
function documentOrder(a: FragmentController, b: FragmentController): number {
  const position = a.host.compareDocumentPosition(b.host);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/** Marks the addressed term in the glossary that answers and clears every other mark; scrolls if asked. */
function follow(win: Window, navigated: boolean): void {
  const id = addressed(win);
  // No term addressed and no glossary anywhere showing a mark: nothing to do, and on a page of a
  // thousand glossaries each one's render no longer walks all the others.
  if (!id && marked.size === 0) return;
  const here = [...glossaries].filter((g) => g.host.ownerDocument.defaultView === win);
  // Only the glossaries that have the term are put in document order: every glossary answers this
  // after each of its renders, and sorting all of them each time made a page of 1,000 glossaries
  // spend seconds in compareDocumentPosition.
  const by = id ? here.filter((g) => g.find(id)).sort(documentOrder)[0] : undefined;
  for (const g of here) g.mark(g === by ? id : '');
  if (by && (navigated || answered?.id !== id || answered.by !== by)) by.scrollTo(id);
  answered = by ? { id, by } : null;
}

function listen(win: Window): void {
  if (listening.has(win)) return;
  listening.add(win);
  win.addEventListener('hashchange', () => follow(win, true));
  // Following a link to the address the page is already at changes nothing the page can hear: look
  // at the click instead, and answer once the browser has done its part.
  win.document.addEventListener('click', (event) => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => (n as Element).localName === 'a' && (n as HTMLAnchorElement).href !== undefined);
    if (!link?.hash || link.href !== win.location.href) return;
    setTimeout(() => follow(win, true));
  });
}

export class FragmentController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The id of this element's term the address names, or `''`. */
  current = '';
  readonly #find: Find;

  constructor(host: ReactiveControllerHost & HTMLElement, find: Find) {
    this.host = host;
    this.#find = find;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    glossaries.add(this);
    if (this.current) marked.add(this);
    const win = this.host.ownerDocument.defaultView;
    if (win) listen(win);
  }

  hostDisconnected(): void {
    glossaries.delete(this);
    marked.delete(this);
    if (answered?.by === this) answered = null;
  }

  /** The element rendered (its terms may be new): answer the address if it names one of them. */
  hostUpdated(): void {
    const win = this.host.ownerDocument.defaultView;
    if (win && glossaries.has(this)) follow(win, false);
  }

  find(id: string): HTMLElement | null {
    return this.#find(id);
  }

  mark(id: string): void {
    if (id === this.current) return;
    this.current = id;
    if (id) marked.add(this);
    else marked.delete(this);
    this.host.requestUpdate();
  }

  scrollTo(id: string): void {
    const reduce = this.host.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#find(id)?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
}
