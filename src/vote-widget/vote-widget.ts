import { LitElement, html, nothing } from 'lit';
import { communityRead, MIN_READS_FOR_LEADER } from '../core/index.js';
import { VoteCastEvent } from '../events.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { languageStrings } from '../i18n/load.js';
import { formatters, parts, translator, type Formatters, type Translator } from '../i18n/strings.js';
import { ReaderController } from '../controllers/reader-controller.js';
import type { ReaderStatus } from '../reader/reader-store.js';
import type { Read } from '../story/schema.js';
import { StoryController } from '../controllers/story-controller.js';
import { renderRootIn, restyleIn } from '../styles/documents.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { bar, storyStatus } from '../templates.js';
import { styles } from './vote-widget.styles.js';

/** Every fixed text of the vote widget; replace any of them through the `strings` property. */
export const VOTE_WIDGET_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  prompt: "What's your read?",
  noVote: 'This story has no vote.',
  pending: 'Sending your read…',
  busy: 'Your earlier read is still being sent.',
  saved: 'Thanks, your read is in.',
  refused: 'Your read was not accepted.',
  failed: 'Your read could not be saved. Please try again.',
  results: 'Community read',
  total_one: '{count} read',
  total_other: '{count} reads',
  separator: ' · ',
  leader: 'Most readers: {choice}',
  tooFew: 'Too few reads yet',
  yours: ' (your read)',
  interval: '{level} interval: {low} to {high}',
};
export type VoteWidgetStrings = typeof VOTE_WIDGET_STRINGS;
type T = Translator<VoteWidgetStrings>;

/** The status line's text for each state of the reader's action (typed: a new state needs a text). */
const STATUS: Record<ReaderStatus, keyof VoteWidgetStrings> = { pending: 'pending', busy: 'busy', saved: 'saved', refused: 'refused', failed: 'failed' };
type Counts = Record<string, number>;

/** What a host's `waitUntil` promise may resolve with; anything else is ignored with a warning. */
function validCounts(value: unknown, read: Read): Counts | null {
  if (value === undefined || value === null) return null;
  const counts = (value as { counts?: unknown }).counts;
  const ids = new Set(read.choices.map((c) => c.id));
  const ok =
    typeof counts === 'object' &&
    counts !== null &&
    Object.entries(counts).every(([id, n]) => ids.has(id) && Number.isSafeInteger(n) && (n as number) >= 0);
  if (!ok) {
    console.warn('reality-kit: vote-widget ignored a waitUntil result that is not { counts: { [choiceId]: integer ≥ 0 } }');
    return null;
  }
  return { ...(counts as Counts) };
}

/**
 * "What's your read?": one button per choice; the reader's vote goes to the host as a cancelable
 * `vote-cast` event. The community read stays hidden until the reader votes (no anchoring), unless
 * `reveal` is set. The reader's vote is one state per story: every widget of that story on the page,
 * and in the origin's other tabs, shows it, and it is remembered in `localStorage` (unless `no-persist`).
 *
 * @tag vote-widget
 * @summary A reader vote on the story, with the community read after voting.
 *
 * @fires {VoteCastEvent} vote-cast - The reader chose an answer. Cancelable. `detail: { storyId, choice, previous, waitUntil(promise), signal }`.
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart prompt - The question.
 * @csspart note - The story's note under the question.
 * @csspart choices - The group of choice buttons.
 * @csspart choice - One choice button (`aria-pressed` on the reader's).
 * @csspart status - The status line (sending, thanks, not accepted), a live region.
 * @csspart results - The community read.
 * @csspart total - The number of reads and the leading choice.
 * @csspart share - One choice's line in the community read.
 * @csspart bar - A choice's share bar, with its 95% interval as a band.
 * @csspart value - A choice's share as a whole percentage (the shares add up to 100).
 * @csspart error - The error message.
 *
 * @cssproperty --vote-widget-min-height - Height reserved while the story loads, and kept as a minimum. Unset, it follows the element's width: the reference story's height there (12.99rem in a 320 px column, 10.17rem from 480 px).
 * @cssproperty [--vote-widget-gap=0.5rem] - Space between the choice buttons.
 * @cssproperty --reality-font - Font family (default: inherited from the page).
 * @cssproperty --reality-bg - Background colour.
 * @cssproperty --reality-fg - Text colour.
 * @cssproperty --reality-muted - Secondary text colour.
 * @cssproperty --reality-surface - Hover background.
 * @cssproperty --reality-border - Border colour.
 * @cssproperty --reality-accent - Buttons and bars.
 * @cssproperty --reality-accent-contrast - Text on a chosen button.
 * @cssproperty --reality-focus - Focus ring colour.
 * @cssproperty --reality-error - Error text colour.
 * @cssproperty --reality-radius - Corner radius.
 * @cssproperty --reality-space - Inner spacing.
 */
export class VoteWidget extends LitElement {
  /** Lit's reactive properties: the public ones below, each with its attribute (`strings` has none). */
  static override properties = {
    story: {},
    src: { reflect: true },
    reveal: { type: Boolean, reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    noPersist: { type: Boolean, reflect: true, attribute: 'no-persist' },
  };

  static override styles = [sharedStyles, styles];

  // In whatever document the element is in (a same-origin frame too): see styles/documents.ts.
  protected override createRenderRoot() {
    return renderRootIn(this, () => super.createRenderRoot());
  }

  adoptedCallback(): void {
    restyleIn(this);
  }

  /**
   * The story: an object, or a JSON string (also as the `story` attribute, for server output and
   * frameworks that only set attributes). Takes precedence over `src` and an inline child.
   */
  story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  src: string | null = null;

  /** Shows the community read before the reader has voted. */
  reveal = false;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `VOTE_WIDGET_STRINGS`). */
  strings: Partial<VoteWidgetStrings> = {};

  /** Keeps the reader's vote in memory only (for this page's lifetime), never in `localStorage`. */
  noPersist = false;

  /**
   * The reader's accepted choice id for this story, or `null`. A host that knows a signed-in reader's
   * earlier vote sets it here; that fires no event, and every widget of the story shows it.
   */
  get choice(): string | null {
    return this.#reader.view.accepted;
  }
  set choice(value: string | null) {
    this.#reader.set(value);
    this.requestUpdate();
  }

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);
  readonly #reader = new ReaderController<string, Counts>(this, 'vote');

  /** Loads the story again: a `src` file is fetched anew, past the page's shared cache. */
  reload(): void {
    this.#story.reload();
  }

  protected override willUpdate(): void {
    this.#story.sync();
    const state = this.#story.state;
    const story = state.status === 'ready' ? state.story : null;
    const choices = new Set(story?.read?.choices.map((c) => c.id));
    this.#reader.show(story?.read ? [story.id] : null, (v): v is string => typeof v === 'string' && choices.has(v));
  }

  protected override render() {
    const f = formatters(this.#locale.lang);
    const t = translator(VOTE_WIDGET_STRINGS, this.strings, f.plural, languageStrings(this.#locale.lang, 'vote-widget', VOTE_WIDGET_STRINGS, this));
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const read = state.story.read;
    if (!read) {
      return html`<section part="base" dir=${this.#locale.dir}><p class="muted">${t('noVote')}</p></section>`;
    }
    const reader = this.#reader.view;
    const shown = reader.pending ?? reader.accepted;
    const busy = reader.pending !== null;
    const failed = reader.status === 'refused' || reader.status === 'failed';
    return html`<section part="base" dir=${this.#locale.dir} aria-labelledby="prompt">
      <p part="prompt" id="prompt" dir="auto">${read.prompt ?? t('prompt')}</p>
      ${read.note ? html`<p part="note" class="note muted" dir="auto">${read.note}</p>` : nothing}
      <div part="choices" role="group" aria-labelledby="prompt" @click=${this.#onChoiceClick}>
        ${read.choices.map(
          (choice) => html`<button
            part="choice"
            type="button"
            value=${choice.id}
            aria-pressed=${choice.id === shown ? 'true' : 'false'}
            aria-disabled=${busy ? 'true' : nothing}
          >
            <bdi>${choice.label}</bdi>
          </button>`,
        )}
      </div>
      <p part="status" class="status ${failed ? 'failed' : ''}" role="status">${reader.status ? t(STATUS[reader.status]) : nothing}</p>
      ${reader.accepted !== null || this.reveal ? this.#renderResults(read, reader.accepted, reader.figures, t, f) : nothing}
    </section>`;
  }

  #renderResults(read: Read, own: string | null, hostCounts: Counts | null, t: T, f: Formatters) {
    // The host's counts already include the reader's vote; the story's do not.
    const result = hostCounts ? communityRead({ choices: read.choices, counts: hostCounts }) : communityRead(read, own);
    const leader = read.choices.find((c) => c.id === result.leader);
    const percent = (fraction: number) => f.percent.format(fraction);
    return html`<div part="results" role="group" aria-label=${t('results')}>
      <p part="total" class="total muted">
        ${t.count('total', result.total, { count: f.integer.format(result.total) })}${t('separator')}${result.total < MIN_READS_FOR_LEADER || !leader
          ? t('tooFew')
          : parts(t('leader'), { choice: html`<bdi>${leader.label}</bdi>` })}
      </p>
      <ul>
        ${result.shares.map(
          (share) => html`<li part="share" class="share">
            <span class="label"><bdi>${share.label}</bdi>${share.id === own ? html`<span class="muted">${t('yours')}</span>` : nothing}</span>
            ${bar(share.share, 1, 'bar', [share.low, share.high])}
            <span part="value" class="value"
              >${percent(share.percent / 100)}<span class="visually-hidden"
                >${t('separator')}${t('interval', { level: percent(0.95), low: percent(share.low), high: percent(share.high) })}</span
              ></span
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * One listener for all the choices (a page may hold a thousand widgets): the button clicked, or
   * activated from the keyboard, carries its choice's id as its value. Lit calls it with the element
   * as `this`, so no closure is made per widget.
   */
  #onChoiceClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (button) this.#vote(button.value);
  }

  /** The reader chose `choice`: one action for the story, shared with every widget showing it. */
  #vote(choice: string): void {
    const state = this.#story.state;
    const story = state.status === 'ready' ? state.story : null;
    const read = story?.read;
    if (!story || !read || choice === this.#reader.view.accepted) return;
    const storyId = story.id;
    this.#reader.act(
      choice,
      (context) => new VoteCastEvent({ storyId, choice, ...context }),
      (results) => results.map((r) => validCounts(r, read)).find((c) => c !== null) ?? null,
    );
  }

  protected override updated(): void {
    // State on host attributes, where page CSS and tests can see it.
    const reader = this.#reader.view;
    this.toggleAttribute('voted', reader.accepted !== null);
    this.toggleAttribute('pending', reader.pending !== null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vote-widget': VoteWidget;
  }
}
