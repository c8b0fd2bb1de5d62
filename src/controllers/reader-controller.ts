/**
 * The reader-action handshake, once for both interactive elements: a Lit reactive controller that
 * connects its element to the page-wide reader state of the story it shows (`reader-store.ts`) and
 * sends the reader's actions to the host page.
 *
 * An action goes out as a cancelable event whose `detail` carries `previous` (the reader's last
 * accepted value, from the shared state, so two widgets of one story never both say `null`),
 * `waitUntil(promise)` and `signal`. The host may refuse it (`preventDefault()`), accept it at once,
 * or hand over a promise; every instance of the story shows the pending state until the promise
 * settles or HOST_TIMEOUT_MS passes, and a second action for that story meanwhile is not sent. The
 * answer is applied to the story it was sent for, whatever the element shows by then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  beginAction,
  markBusy,
  markWaiting,
  readerEntry,
  readerKey,
  setAccepted,
  settleAction,
  subscribeReader,
  type ReaderKind,
  type ReaderStatus,
} from '../reader/reader-store.js';

/** How long an action waits for the host before it rolls back on its own (ms). */
export const HOST_TIMEOUT_MS = 15_000;

/**
 * `waitUntil(promise)` for a reader action: the host hands over the outcome during dispatch. Closed
 * once dispatch is over; a later call throws, because by then the element has decided that nobody
 * asked it to wait.
 */
class WaitUntilList {
  readonly promises: Promise<unknown>[] = [];
  #open = true;
  readonly waitUntil = (promise: Promise<unknown>): void => {
    if (!this.#open) throw new Error('waitUntil() must be called while the event is being dispatched');
    this.promises.push(Promise.resolve(promise));
  };
  close(): void {
    this.#open = false;
  }
}

/** What the element puts in its event's `detail` besides its own fields. */
export interface ActionContext<V> {
  readonly previous: V | null;
  readonly waitUntil: (promise: Promise<unknown>) => void;
  readonly signal: AbortSignal;
}

/** The reader state of the story an element shows, with stored values it cannot use left out. */
export interface ReaderView<V, F> {
  readonly accepted: V | null;
  readonly pending: V | null;
  readonly figures: F | null;
  readonly status: ReaderStatus | null;
}

type Host = ReactiveControllerHost & HTMLElement & { noPersist: boolean };

const TIMED_OUT = Symbol('timed out');

export class ReaderController<V, F> implements ReactiveController {
  readonly #host: Host;
  readonly #kind: ReaderKind;
  #key: string | null = null;
  #valid: (value: unknown) => value is V = (_v): _v is V => false;
  #unsubscribe: (() => void) | null = null;
  /** A value the host set (`choice`/`forecast`) before the element had a story to set it for. */
  #preset: { value: V | null } | null = null;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: Host, kind: ReaderKind) {
    this.#host = host;
    this.#kind = kind;
    host.addController(this);
  }

  hostConnected(): void {
    this.#subscribe();
    // While it was out of the page the element heard nothing: the reader may have acted elsewhere.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // The store aborts a pending action's signal once no element shows its story (see subscribeReader).
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  /**
   * Which story (ids) the element shows now, or `null`; call from `willUpdate`. `valid` tells which
   * stored values this story can show (a choice it still has, a probability in range).
   */
  show(ids: readonly string[] | null, valid: (value: unknown) => value is V): void {
    this.#valid = valid;
    const key = ids ? readerKey(this.#kind, ids) : null;
    if (key === this.#key) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#key = key;
    this.#subscribe();
    if (key && this.#preset) {
      const { value } = this.#preset;
      this.#preset = null;
      this.set(value);
    }
  }

  #subscribe(): void {
    if (this.#key && !this.#unsubscribe && this.#host.isConnected) {
      this.#unsubscribe = subscribeReader(this.#key, this.#onChange, !this.#host.noPersist);
    }
  }

  /** The state every instance of this story shows. */
  get view(): ReaderView<V, F> {
    if (!this.#key) return { accepted: this.#preset?.value ?? null, pending: null, figures: null, status: null };
    const entry = readerEntry(this.#key);
    return {
      accepted: this.#valid(entry.accepted) ? entry.accepted : null,
      pending: entry.pending as V | null,
      figures: entry.figures as F | null,
      status: entry.status,
    };
  }

  /** Sets the reader's accepted value without an event (a host restoring a signed-in reader's). */
  set(value: V | null): void {
    if (!this.#key) this.#preset = { value };
    else if (value === null || this.#valid(value)) setAccepted(this.#key, value);
  }

  /**
   * Sends the reader's action `value`: `build` makes the event from the context, `figuresOf` reads
   * the host's figures out of what its promises resolved with (`null` when none are usable). Does
   * nothing but say so while another action for the same story waits.
   */
  act(value: V, build: (context: ActionContext<V>) => Event, figuresOf: (results: readonly unknown[]) => F | null): void {
    const key = this.#key;
    if (!key) return;
    const previous = this.view.accepted;
    const abort = new AbortController();
    if (!beginAction(key, value, abort)) return markBusy(key);
    const wait = new WaitUntilList();
    const event = build({ previous, waitUntil: wait.waitUntil, signal: abort.signal });
    let dispatched = false;
    try {
      dispatched = this.#host.dispatchEvent(event);
    } finally {
      wait.close();
    }
    if (!dispatched) return settleAction(key, { accepted: false, status: 'refused' });
    if (wait.promises.length === 0) return settleAction(key, { accepted: true, value, figures: null });
    markWaiting(key);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), HOST_TIMEOUT_MS)));
    Promise.race([Promise.all(wait.promises), limit]).then(
      (results) => {
        if (results === TIMED_OUT) {
          abort.abort(new DOMException('The host did not answer in time', 'TimeoutError'));
          settleAction(key, { accepted: false, status: 'failed' });
        } else settleAction(key, { accepted: true, value, figures: figuresOf(results) });
      },
      () => settleAction(key, { accepted: false, status: 'failed' }),
    ).finally(() => clearTimeout(timer));
  }
}
