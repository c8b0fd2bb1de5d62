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

export interface VoteCastDetail {
  readonly storyId: string;
  readonly choice: string;
  /** The reader's last accepted choice for this story (from any widget or tab of the page's origin), or `null`. */
  readonly previous: string | null;
  /** Call during dispatch to make the widget wait for the host: reject to roll back, resolve `{ counts }` to show them. */
  readonly waitUntil: (promise: Promise<unknown>) => void;
  /** Aborts when the widget stops waiting (after 15 s, or when no element on the page shows the story any more): cancel your request then. */
  readonly signal: AbortSignal;
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
  /** The reader's last accepted forecast for this question (from any card or tab of the origin), or `null`. */
  readonly previous: number | null;
  /** Call during dispatch to make the card wait for the host: reject to roll back, resolve `{ community }` to show it. */
  readonly waitUntil: (promise: Promise<unknown>) => void;
  /** Aborts when the card stops waiting (after 15 s, or when no element on the page shows the story any more): cancel your request then. */
  readonly signal: AbortSignal;
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

declare global {
  interface HTMLElementEventMap {
    'story-load': StoryLoadEvent;
    'story-error': StoryErrorEvent;
    'vote-cast': VoteCastEvent;
    'prediction-submit': PredictionSubmitEvent;
  }
}
