/**
 * The one piece every element uses to get its story: a Lit reactive controller that runs the loader
 * when the element connects or its `story`/`src` change, keeps only the newest load (a stale response
 * never wins), aborts what it abandons, sets `aria-busy` while loading, exposes the state as a custom
 * state (`:state(loading)`, `:state(ready)`, `:state(error)`), and fires `story-load` or `story-error`
 * on the element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { StoryErrorEvent, StoryLoadEvent } from '../events.js';
import { fetchShared, forgetStory, readStoryInput } from '../story/loader.js';
import { storyError, type Story, type StoryError } from '../story/schema.js';

export type StoryState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; story: Story }
  | { status: 'error'; error: StoryError };

type Host = ReactiveControllerHost & HTMLElement & { story: unknown; src: string | null };

export class StoryController implements ReactiveController {
  state: StoryState = { status: 'empty' };
  readonly #host: Host;
  #controller: AbortController | null = null;
  /** Bumped by every load; a result is applied only if its load is still the newest. */
  #generation = 0;
  /** The `story` and `src` the current state was loaded from. */
  #loaded: { story: unknown; src: string | null } | null = null;
  #pendingEvent: Event | null = null;
  /** Watches for a JSON child or `#id` script that is still arriving (see `#watchPage`). */
  #observer: MutationObserver | null = null;
  #unwatch: (() => void) | null = null;
  #warnedEmpty = false;

  /** The host's `CustomStateSet`, so a page can write `vote-widget:state(error) { display: none }`. */
  readonly #states: CustomStateSet | null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    this.#states = customStates(host);
  }

  /** Set while the element is out of the page, until a task later decides it was not a move. */
  #leaving: ReturnType<typeof setTimeout> | null = null;

  hostConnected(): void {
    if (this.#leaving !== null) {
      // Out and back in within one task: a move (frameworks re-order lists this way). Keep the story,
      // the request in flight and everything the element shows.
      clearTimeout(this.#leaving);
      this.#leaving = null;
      return this.sync();
    }
    this.load();
  }

  hostDisconnected(): void {
    this.#leaving = setTimeout(() => {
      this.#leaving = null;
      this.#abandon();
      this.#generation += 1;
      this.#loaded = null;
      this.#pendingEvent = null;
    });
  }

  /** Loads again if `story` or `src` changed since the last load; call it from `willUpdate`. */
  sync(): void {
    if (this.#loaded && this.#loaded.story === this.#host.story && this.#loaded.src === this.#host.src) return;
    this.load();
  }

  /** (Re)loads the element's story from its current `story`, `src` or JSON child. */
  load(): void {
    // SSR (issue 14): a server render never connects the element, yet must show its story; there the
    // story property is read synchronously in `willUpdate`, and nothing is fetched or observed.
    if (!this.#host.isConnected && !isServer) return;
    this.#abandon();
    const generation = ++this.#generation;
    const { story, src } = this.#host;
    this.#loaded = { story, src };
    const input = readStoryInput({ story, src, host: this.#host });
    if (input === null && isServer) return this.#set({ status: 'empty' });
    if (input === null) {
      this.#watchPage();
      this.#warnIfStillEmpty();
      return this.#set({ status: 'empty' });
    }
    if (!('fetch' in input)) {
      if (input.ok) return this.#settle({ status: 'ready', story: input.story });
      const fromPage = (story === undefined || story === null) && !isServer;
      if (fromPage) {
        // A JSON child or `#id` script may still be arriving (streamed HTML, a script that adds it
        // later): read it again when the page changes, and call it an error only once the page has
        // finished loading.
        this.#watchPage();
        if (this.#host.ownerDocument.readyState !== 'complete') return this.#set({ status: 'loading' });
      }
      return this.#settle({ status: 'error', error: (input.error.kind === 'json' && fromAttribute(this.#host, story)) || input.error });
    }
    if (isServer) return this.#set({ status: 'loading' }); // SSR: a `src` is the client's to fetch
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'loading' });
    void fetchShared(input.fetch, { signal: controller.signal, base: this.#host.ownerDocument.baseURI }).then((result) => {
      if (generation !== this.#generation || controller.signal.aborted) return;
      this.#controller = null;
      this.#settle(result.ok ? { status: 'ready', story: result.story } : { status: 'error', error: result.error });
    });
  }

  /**
   * Fetches the story again, past the shared cache (for a page that knows its file changed); a story
   * given as a property or in the page is read again.
   */
  reload(): void {
    const src = this.#host.src?.trim();
    if (src && !src.startsWith('#') && this.#host.story == null) forgetStory(src, this.#host.ownerDocument.baseURI);
    this.load();
  }

  /**
   * Reads the story again whenever the element's children or its root's scripts change, and once the
   * page has loaded. Only while the element has no story from its page yet: a story that arrived stops it.
   */
  #watchPage(): void {
    const doc = this.#host.ownerDocument;
    const root = this.#host.getRootNode();
    this.#observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => this.load());
    const options = { childList: true, subtree: true, characterData: true };
    this.#observer.observe(this.#host, options);
    if (this.#host.src?.trim().startsWith('#')) this.#observer.observe(root === doc ? doc.documentElement : root, options);
    if (doc.readyState !== 'complete') {
      const win = doc.defaultView;
      const onLoad = () => this.load();
      win?.addEventListener('load', onLoad, { once: true });
      this.#unwatch = () => win?.removeEventListener('load', onLoad);
    }
  }

  /** An element still without any story once its page has loaded says so, once, in the console. */
  #warnIfStillEmpty(): void {
    if (this.#warnedEmpty || isServer) return;
    const doc = this.#host.ownerDocument;
    const check = () =>
      setTimeout(() => {
        if (this.state.status !== 'empty' || !this.#host.isConnected || this.#warnedEmpty) return;
        this.#warnedEmpty = true;
        console.warn(`reality-kit: <${this.#host.localName}> has no story: set its story property, a src, or a JSON child`);
      });
    if (doc.readyState === 'complete') check();
    else doc.defaultView?.addEventListener('load', check, { once: true });
  }

  #abandon(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #set(state: StoryState): void {
    this.state = state;
    // aria-busy on the element itself, where assistive technology and the host page can see it. An
    // element given no story yet is waiting too (for a property, or a JSON child still to come).
    if (state.status === 'loading' || state.status === 'empty') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
    const shown = state.status === 'empty' ? 'loading' : state.status;
    for (const name of ['loading', 'ready', 'error'] as const) {
      if (name === shown) this.#states?.add(name);
      else this.#states?.delete(name);
    }
    this.#host.requestUpdate();
  }

  #settle(state: StoryState & { status: 'ready' | 'error' }): void {
    // Read again with the same outcome (the page changed elsewhere): nothing new to show or announce.
    const now = this.state;
    if (now.status === 'ready' && state.status === 'ready' && now.story === state.story) return;
    if (now.status === 'error' && state.status === 'error' && now.error.message === state.error.message) return;
    this.#set(state);
    this.#pendingEvent = state.status === 'ready' ? new StoryLoadEvent(state.story) : new StoryErrorEvent(state.error);
  }

  /** The event goes out once the element has rendered what it announces. */
  hostUpdated(): void {
    const event = this.#pendingEvent;
    this.#pendingEvent = null;
    if (event) this.#host.dispatchEvent(event);
  }
}

/**
 * The element's custom state set, attached here so that all five elements get the same states from one
 * place. `null` where the browser has no `ElementInternals.states`, or when the element attached its
 * internals itself (then it keeps them and the states are simply not shown).
 */
function customStates(host: HTMLElement): CustomStateSet | null {
  try {
    return host.attachInternals().states ?? null;
  } catch {
    return null;
  }
}

let warnedAttribute = false;

/**
 * The error for a `story` attribute that is not JSON, such as `[object Object]` (what a framework
 * writes when it sets an object as an attribute): it says to set the property instead, and the
 * console says so once per page. `null` when the text did not come from the attribute.
 */
function fromAttribute(host: HTMLElement, story: unknown): StoryError | null {
  if (typeof story !== 'string' || host.getAttribute('story') !== story) return null;
  const error = storyError('json', [{ path: '', message: 'the story attribute is not JSON: set the story property to the story object instead' }]);
  if (!warnedAttribute) {
    warnedAttribute = true;
    console.warn(`reality-kit: <${host.localName}> has a story attribute that is not JSON; set the story property to the object instead`);
  }
  return error;
}
