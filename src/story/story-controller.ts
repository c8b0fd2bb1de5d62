/**
 * The one piece every element uses to get its story: a Lit reactive controller that runs the loader
 * when the element connects or its `story`/`src` change, keeps only the newest load (a stale response
 * never wins), aborts what it abandons, sets `aria-busy` while loading, exposes the state as a custom
 * state (`:state(loading)`, `:state(ready)`, `:state(error)`), and fires `story-load` or `story-error`
 * on the element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { StoryErrorEvent, StoryLoadEvent } from '../events.js';
import { fetchShared, readStoryInput } from './loader.js';
import type { Story, StoryError } from './schema.js';

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
  /** Watches for a JSON child that the parser (or a script) adds after the element connected. */
  #children: MutationObserver | null = null;

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
    this.#loaded = { story: this.#host.story, src: this.#host.src };
    const input = readStoryInput({ story: this.#host.story, src: this.#host.src, host: this.#host });
    if (input === null && isServer) return this.#set({ status: 'empty' });
    if (input === null) {
      this.#children = new MutationObserver(() => this.load());
      this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
      return this.#set({ status: 'empty' });
    }
    if (!('fetch' in input)) return this.#settle(input.ok ? { status: 'ready', story: input.story } : { status: 'error', error: input.error });
    if (isServer) return this.#set({ status: 'loading' }); // SSR: a `src` is the client's to fetch
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'loading' });
    void fetchShared(input.fetch, { signal: controller.signal }).then((result) => {
      if (generation !== this.#generation || controller.signal.aborted) return;
      this.#controller = null;
      this.#settle(result.ok ? { status: 'ready', story: result.story } : { status: 'error', error: result.error });
    });
  }

  #abandon(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.#children?.disconnect();
    this.#children = null;
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
