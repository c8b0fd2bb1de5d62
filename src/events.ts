/**
 * The events of docs/elements.md, one class each: `bubbles` and `composed` fixed, a readonly JSON-friendly
 * `detail`, cancelable where the host may say no. No element references travel in a detail; the host
 * has `event.target`.
 */
import type { Story, StoryError, StoryIssue } from './story/schema.js';

/** Fired when a story has arrived and is valid (property, `src` or inline alike). */
export class StoryLoadEvent extends Event {
  static readonly eventName = 'story-load';
  readonly detail: { readonly story: Story };
  constructor(story: Story) {
    super(StoryLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = { story };
  }
}

/** Fired when a story could not be fetched, read as JSON, or validated. */
export class StoryErrorEvent extends Event {
  static readonly eventName = 'story-error';
  readonly detail: { readonly kind: StoryError['kind']; readonly message: string; readonly issues: readonly StoryIssue[] };
  constructor(error: StoryError) {
    super(StoryErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { kind: error.kind, message: error.message, issues: error.issues.map((i) => ({ ...i })) };
  }
}

/**
 * `waitUntil(promise)` for the two reader actions: the host hands over the outcome during dispatch.
 * The element calls `close()` once dispatch is over; a later `waitUntil` throws, because by then the
 * element has already decided that nobody asked it to wait.
 */
export class WaitUntilList {
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

export interface VoteCastDetail {
  readonly storyId: string;
  readonly choice: string;
  /** The reader's earlier choice, or `null`. */
  readonly previous: string | null;
  /** Call during dispatch to make the widget wait for the host: reject to roll back, resolve `{ counts }` to show them. */
  readonly waitUntil: (promise: Promise<unknown>) => void;
}

/** A reader chose an answer in `<vote-widget>`. Cancel it (`preventDefault()`) to refuse the vote. */
export class VoteCastEvent extends Event {
  static readonly eventName = 'vote-cast';
  readonly detail: VoteCastDetail;
  constructor(detail: VoteCastDetail) {
    super(VoteCastEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

export interface PredictionSubmitDetail {
  readonly storyId: string;
  readonly predictionId: string;
  /** The reader's forecast, a number in [0, 1]. */
  readonly probability: number;
  /** The reader's earlier forecast, or `null`. */
  readonly previous: number | null;
  /** Call during dispatch to make the card wait for the host: reject to roll back, resolve `{ community }` to show it. */
  readonly waitUntil: (promise: Promise<unknown>) => void;
}

/** A reader submitted a forecast in `<prediction-card>`. Cancel it to refuse the forecast. */
export class PredictionSubmitEvent extends Event {
  static readonly eventName = 'prediction-submit';
  readonly detail: PredictionSubmitDetail;
  constructor(detail: PredictionSubmitDetail) {
    super(PredictionSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/** How long a pending action waits for the host before it rolls back on its own. */
export const HOST_TIMEOUT_MS = 15_000;

/**
 * Waits for every promise a host handed over, or rejects after `timeoutMs` (a host that never
 * answers must not leave the reader stuck in a pending state).
 */
export function settleWithin(promises: readonly Promise<unknown>[], timeoutMs = HOST_TIMEOUT_MS): Promise<unknown[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the host did not answer in time')), timeoutMs);
  });
  return Promise.race([Promise.all(promises), timeout]).finally(() => clearTimeout(timer));
}

declare global {
  interface HTMLElementEventMap {
    'story-load': StoryLoadEvent;
    'story-error': StoryErrorEvent;
    'vote-cast': VoteCastEvent;
    'prediction-submit': PredictionSubmitEvent;
  }
}

/** What the host page said to a reader's action. */
export type HostAnswer = { outcome: 'refused' } | { outcome: 'failed' } | { outcome: 'accepted'; results: readonly unknown[] };

/**
 * Sends a reader's action to the host page: dispatches `event` (built with `wait.waitUntil`) from
 * `target`, closes `waitUntil`, and returns the host's answer. The answer is immediate when the host
 * cancelled the event or did not ask to be waited for, so the element settles in the same task;
 * otherwise `onPending` runs and the answer comes once every promise settles (`failed` on a
 * rejection, or when the host has not answered within HOST_TIMEOUT_MS).
 */
export function askHost(target: EventTarget, event: Event, wait: WaitUntilList, onPending: () => void): HostAnswer | Promise<HostAnswer> {
  let accepted = false;
  try {
    accepted = target.dispatchEvent(event);
  } finally {
    wait.close();
  }
  if (!accepted) return { outcome: 'refused' };
  if (wait.promises.length === 0) return { outcome: 'accepted', results: [] };
  onPending();
  return settleWithin(wait.promises).then(
    (results): HostAnswer => ({ outcome: 'accepted', results }),
    (): HostAnswer => ({ outcome: 'failed' }),
  );
}
