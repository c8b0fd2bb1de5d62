import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { communityRead, MIN_READS_FOR_LEADER, roundHalfUp } from '../core/index.js';
import { askHost, VoteCastEvent, WaitUntilList } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { formatters, translator } from '../i18n/strings.js';
import type { Read, Story } from '../story/schema.js';
import { StoryController } from '../story/story-controller.js';
import { readStored, voteKey, writeStored } from '../storage.js';
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
  saved: 'Thanks, your read is in.',
  refused: 'Your read was not accepted.',
  failed: 'Your read could not be saved. Please try again.',
  results: 'Community read',
  total: '{count} reads',
  leader: 'Most readers: {choice}',
  tooFew: 'Too few reads yet',
  yours: '(your read)',
  share: '{label}: {percent} ({count})',
};
export type VoteWidgetStrings = typeof VOTE_WIDGET_STRINGS;

/** What a host's `waitUntil` promise may resolve with; anything else is ignored with a warning. */
function validCounts(value: unknown, read: Read): Record<string, number> | null {
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
  return { ...(counts as Record<string, number>) };
}

/**
 * "What's your read?": one button per choice; the reader's vote goes to the host as a cancelable
 * `vote-cast` event. The community read stays hidden until the reader votes (no anchoring), unless
 * `reveal` is set. The vote is remembered per story in `localStorage` where there is one.
 *
 * @tag vote-widget
 * @summary A reader vote on the story, with the community read after voting.
 *
 * @fires {VoteCastEvent} vote-cast - The reader chose an answer. Cancelable. `detail: { storyId, choice, previous, waitUntil(promise) }`.
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart prompt - The question.
 * @csspart choices - The group of choice buttons.
 * @csspart choice - One choice button (`aria-pressed` on the reader's).
 * @csspart results - The community read.
 * @csspart bar - A choice's share bar in the community read.
 * @csspart error - The error message.
 *
 * @cssproperty [--vote-widget-min-height=10.25rem] - Height reserved while the story loads, and kept as a minimum (13rem below a 40rem-wide viewport).
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
  static override styles = [sharedStyles, styles];

  /** The story: an object or a JSON string. Takes precedence over `src` and an inline child. */
  @property({ attribute: false }) story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  @property({ reflect: true }) src: string | null = null;

  /** Shows the community read before the reader has voted. */
  @property({ type: Boolean, reflect: true }) reveal = false;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `VOTE_WIDGET_STRINGS`). */
  @property({ attribute: false }) strings: Partial<VoteWidgetStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);
  /** The story whose vote state is below; a new story id starts over from storage. */
  #storyId: string | null = null;
  /** The reader's vote as the host last accepted it (or as remembered). */
  #choice: string | null = null;
  /** The choice on its way to the host, while a `waitUntil` promise is pending. */
  #pending: string | null = null;
  /** Counts the host answered with; authoritative, they already include the reader's vote. */
  #hostCounts: Record<string, number> | null = null;
  #status: { text: keyof VoteWidgetStrings; failed: boolean } | null = null;

  protected override willUpdate(): void {
    this.#story.sync();
    const state = this.#story.state;
    const story = state.status === 'ready' ? state.story : null;
    if ((story?.id ?? null) !== this.#storyId) this.#restore(story);
  }

  /** Takes the remembered vote for a newly arrived story, if it is still one of its choices. */
  #restore(story: Story | null): void {
    this.#storyId = story?.id ?? null;
    this.#pending = null;
    this.#hostCounts = null;
    this.#status = null;
    const stored = story ? readStored(voteKey(story.id)) : null;
    const choice = (stored as { choice?: unknown } | null)?.choice;
    this.#choice = story?.read?.choices.some((c) => c.id === choice) ? (choice as string) : null;
  }

  protected override render() {
    const t = translator(VOTE_WIDGET_STRINGS, this.strings);
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const read = state.story.read;
    if (!read) {
      return html`<section part="base" dir=${this.#locale.dir}><p class="muted">${t('noVote')}</p></section>`;
    }
    const shown = this.#pending ?? this.#choice;
    const busy = this.#pending !== null;
    return html`<section part="base" dir=${this.#locale.dir} aria-labelledby="prompt">
      <p part="prompt" id="prompt">${read.prompt ?? t('prompt')}</p>
      ${read.note ? html`<p class="note muted">${read.note}</p>` : nothing}
      <div part="choices" role="group" aria-labelledby="prompt">
        ${read.choices.map(
          (choice) => html`<button
            part="choice"
            type="button"
            aria-pressed=${choice.id === shown ? 'true' : 'false'}
            aria-disabled=${busy ? 'true' : nothing}
            @click=${() => this.#vote(choice.id)}
          >
            ${choice.label}
          </button>`,
        )}
      </div>
      <p class="status ${this.#status?.failed ? 'failed' : ''}" role="status">${this.#status ? t(this.#status.text) : nothing}</p>
      ${this.#choice !== null || this.reveal ? this.#renderResults(read, t) : nothing}
    </section>`;
  }

  #renderResults(read: Read, t: ReturnType<typeof translator<VoteWidgetStrings>>) {
    const f = formatters(this.#locale.lang);
    const result = this.#hostCounts ? communityRead({ choices: read.choices, counts: this.#hostCounts }) : communityRead(read, this.#choice);
    const leader = read.choices.find((c) => c.id === result.leader);
    return html`<div part="results" role="group" aria-label=${t('results')}>
      <p class="total muted">
        ${t('total', { count: f.integer.format(result.total) })} ·
        ${result.total < MIN_READS_FOR_LEADER || !leader ? t('tooFew') : t('leader', { choice: leader.label })}
      </p>
      <ul>
        ${result.shares.map(
          (share) => html`<li class="share">
            <span class="label">${share.label}${share.id === this.#choice ? html` <span class="muted">${t('yours')}</span>` : nothing}</span>
            ${bar(share.share, 1, 'bar')}
            <span class="value">${f.percent.format(roundHalfUp(share.share * 100) / 100)}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The reader chose `choice`: tell the host, wait if it asks to, keep or roll back. */
  async #vote(choice: string): Promise<void> {
    const state = this.#story.state;
    if (this.#pending !== null || state.status !== 'ready' || !state.story.read || choice === this.#choice) return;
    const story = state.story;
    const read = state.story.read;
    const previous = this.#choice;
    const wait = new WaitUntilList();
    const event = new VoteCastEvent({ storyId: story.id, choice, previous, waitUntil: wait.waitUntil });
    this.#pending = choice;
    const asked = askHost(this, event, wait, () => {
      this.#status = { text: 'pending', failed: false };
      this.requestUpdate();
    });
    const answer = asked instanceof Promise ? await asked : asked;
    if (answer.outcome !== 'accepted') return this.#settle(story.id, previous, null, answer.outcome);
    const counts = answer.results.map((r) => validCounts(r, read)).find((c) => c !== null) ?? null;
    this.#settle(story.id, choice, counts, 'saved');
  }

  /** Ends an action: the vote that stands, the host's counts if any, and what to tell the reader. */
  #settle(storyId: string, choice: string | null, counts: Record<string, number> | null, text: 'saved' | 'refused' | 'failed'): void {
    if (storyId !== this.#storyId) return; // the story changed while the host was deciding
    const changed = choice !== this.#choice;
    this.#pending = null;
    this.#choice = choice;
    if (counts) this.#hostCounts = counts;
    else if (changed) this.#hostCounts = null; // stale: they counted the previous vote
    if (text === 'saved' && choice !== null) writeStored(voteKey(storyId), { choice });
    this.#status = { text, failed: text !== 'saved' };
    this.requestUpdate();
  }

  protected override updated(): void {
    // State on host attributes, where page CSS and tests can see it.
    this.toggleAttribute('voted', this.#choice !== null);
    this.toggleAttribute('pending', this.#pending !== null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vote-widget': VoteWidget;
  }
}
