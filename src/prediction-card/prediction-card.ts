import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { baselineScore, brierScore, communityForecast, type CommunityForecast } from '../core/index.js';
import { askHost, PredictionSubmitEvent, WaitUntilList } from '../events.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { formatters, relativeTime, translator, type Formatters } from '../i18n/strings.js';
import type { Prediction, Story } from '../story/schema.js';
import { StoryController } from '../story/story-controller.js';
import { forecastKey, readStored, writeStored } from '../storage.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { storyStatus } from '../templates.js';
import { parsePercent } from './parse-percent.js';
import { styles } from './prediction-card.styles.js';

/** Every fixed text of the prediction card; replace any of them through the `strings` property. */
export const PREDICTION_CARD_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  label: 'Forecast',
  noPrediction: 'This story has no forecast question.',
  closes: 'Closes {relative} ({date})',
  closed: 'Closed {relative} ({date})',
  community: 'Community forecast',
  basedOn: 'from {count} forecasts',
  basedOnOne: 'from {count} forecast',
  noForecasts: 'No forecasts yet',
  yourForecast: 'Your forecast (1–99%)',
  slider: 'Your forecast, slider',
  submit: 'Submit forecast',
  update: 'Update forecast',
  invalid: 'Enter a number from 1 to 99.',
  pending: 'Sending your forecast…',
  saved: 'Thanks, your forecast is in: {percent}.',
  refused: 'Your forecast was not accepted.',
  failed: 'Your forecast could not be saved. Please try again.',
  closedNote: 'Forecasting has closed.',
  outcomeYes: 'Outcome: yes, it happened (resolved {date})',
  outcomeNo: 'Outcome: no, it did not happen (resolved {date})',
  who: 'Forecast',
  forecast: 'Probability',
  brier: 'Brier (lower is better)',
  baseline: 'Baseline (higher is better)',
  you: 'You',
  communityRow: 'Community',
};
export type PredictionCardStrings = typeof PREDICTION_CARD_STRINGS;

type T = ReturnType<typeof translator<PredictionCardStrings>>;

/** What a host's `waitUntil` promise may resolve with; anything else is ignored with a warning. */
function validCommunity(value: unknown): CommunityForecast | null {
  if (value === undefined || value === null) return null;
  const community = (value as { community?: unknown }).community as { probability?: unknown; count?: unknown } | undefined;
  const p = community?.probability;
  const n = community?.count;
  if (typeof p === 'number' && p >= 0 && p <= 1 && Number.isSafeInteger(n) && (n as number) >= 0) return { probability: p, count: n as number };
  console.warn('reality-kit: prediction-card ignored a waitUntil result that is not { community: { probability, count } }');
  return null;
}

/**
 * A forecast question: when it closes, the community forecast, and the reader's own probability
 * (1–99%, slider and number kept in sync) sent to the host as a cancelable `prediction-submit`. Past
 * `closesAt` the input closes; with a `resolution`, the card shows the outcome and the Brier and
 * Baseline scores of the reader's and the community's forecasts.
 *
 * @tag prediction-card
 * @summary A forecast question with the community's and the reader's forecast.
 *
 * @fires {PredictionSubmitEvent} prediction-submit - The reader submitted a forecast. Cancelable. `detail: { storyId, predictionId, probability, previous, waitUntil(promise) }`.
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart question - The question.
 * @csspart community - The community forecast.
 * @csspart input - The reader's forecast form (slider and number).
 * @csspart submit - The submit button.
 * @csspart result - The outcome and scores, once resolved.
 * @csspart error - The error message.
 *
 * @cssproperty [--prediction-card-min-height=20.5rem] - Height reserved while the story loads, and kept as a minimum (26.5rem below a 40rem-wide viewport).
 * @cssproperty --reality-font - Font family (default: inherited from the page).
 * @cssproperty --reality-bg - Background colour.
 * @cssproperty --reality-fg - Text colour.
 * @cssproperty --reality-muted - Secondary text colour.
 * @cssproperty --reality-border - Border colour.
 * @cssproperty --reality-accent - The submit button and slider.
 * @cssproperty --reality-accent-contrast - Text on the submit button.
 * @cssproperty --reality-focus - Focus ring colour.
 * @cssproperty --reality-error - Error text colour.
 * @cssproperty --reality-radius - Corner radius.
 * @cssproperty --reality-space - Inner spacing.
 */
export class PredictionCard extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The story: an object or a JSON string. Takes precedence over `src` and an inline child. */
  @property({ attribute: false }) story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  @property({ reflect: true }) src: string | null = null;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `PREDICTION_CARD_STRINGS`). */
  @property({ attribute: false }) strings: Partial<PredictionCardStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);
  /** Which story and prediction the state below belongs to. */
  #key: string | null = null;
  /** The reader's forecast as the host last accepted it (or as remembered), a fraction. */
  #own: number | null = null;
  /** The forecast on its way to the host. */
  #pending: number | null = null;
  /** The community figure the host answered with; authoritative. */
  #hostCommunity: CommunityForecast | null = null;
  /** What the number field holds, as typed. */
  #text = '50';
  #invalid = false;
  #status: { text: keyof PredictionCardStrings; failed: boolean } | null = null;

  protected override willUpdate(): void {
    this.#story.sync();
    const state = this.#story.state;
    const story = state.status === 'ready' ? state.story : null;
    const key = story?.prediction ? forecastKey(story.id, story.prediction.id) : null;
    if (key !== this.#key) this.#restore(story, key);
  }

  /** Takes the remembered forecast for a newly arrived story, if it is a valid probability. */
  #restore(story: Story | null, key: string | null): void {
    this.#key = key;
    this.#pending = null;
    this.#hostCommunity = null;
    this.#status = null;
    this.#invalid = false;
    const stored = (key ? readStored(key) : null) as { probability?: unknown } | null;
    const p = stored?.probability;
    this.#own = typeof p === 'number' && p >= 0.01 && p <= 0.99 ? p : null;
    const start = this.#own ?? (story?.prediction ? communityForecast(story.prediction).probability : null) ?? 0.5;
    this.#text = String(Math.min(99, Math.max(1, Math.round(start * 100))));
  }

  protected override render() {
    const t = translator(PREDICTION_CARD_STRINGS, this.strings);
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const prediction = state.story.prediction;
    if (!prediction) {
      return html`<section part="base" dir=${this.#locale.dir}><p class="muted">${t('noPrediction')}</p></section>`;
    }
    const f = formatters(this.#locale.lang);
    const now = Date.now();
    const closesAt = Date.parse(prediction.closesAt);
    const closed = now >= closesAt || prediction.resolution !== undefined;
    const community = this.#hostCommunity ?? communityForecast(prediction, this.#own);
    return html`<section part="base" dir=${this.#locale.dir} aria-labelledby="question">
      <p part="question" id="question">${prediction.question}</p>
      <p class="closes muted">
        <time datetime=${prediction.closesAt}
          >${t(closed ? 'closed' : 'closes', { relative: relativeTime(f.relative, closesAt, now), date: f.date.format(closesAt) })}</time
        >
      </p>
      <div part="community">
        <span>${t('community')}</span>
        ${community.probability === null
          ? html`<span class="muted">${t('noForecasts')}</span>`
          : html`<span class="big">${f.percent.format(community.probability)}</span>
              <span class="muted">${t(community.count === 1 ? 'basedOnOne' : 'basedOn', { count: f.integer.format(community.count) })}</span>`}
      </div>
      ${closed ? html`<p class="muted">${t('closedNote')}</p>` : this.#renderInput(t, f)}
      <p class="status ${this.#status?.failed ? 'failed' : ''}" role="status">
        ${this.#status ? t(this.#status.text, { percent: this.#own === null ? '' : f.percent.format(this.#own) }) : nothing}
      </p>
      ${prediction.resolution ? this.#renderResult(prediction, community, t, f) : nothing}
    </section>`;
  }

  #renderInput(t: T, f: Formatters) {
    const value = parsePercent(this.#text);
    const busy = this.#pending !== null;
    return html`<form part="input" novalidate @submit=${this.#onSubmit}>
      <label for="forecast">${t('yourForecast')}</label>
      <input
        type="range"
        min="1"
        max="99"
        step="1"
        aria-label=${t('slider')}
        aria-valuetext=${f.percent.format((value ?? 50) / 100)}
        .value=${String(Math.round(value ?? 50))}
        @input=${this.#onSlide}
      />
      <span class="number">
        <input
          id="forecast"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-invalid=${this.#invalid ? 'true' : 'false'}
          aria-describedby="hint"
          .value=${this.#text}
          @input=${this.#onType}
        /><span aria-hidden="true">%</span>
      </span>
      <button part="submit" type="submit" aria-disabled=${busy ? 'true' : nothing}>${t(this.#own === null ? 'submit' : 'update')}</button>
      <p id="hint" class="hint ${this.#invalid ? 'failed' : 'muted'}">${t('invalid')}</p>
    </form>`;
  }

  #renderResult(prediction: Prediction, community: CommunityForecast, t: T, f: Formatters) {
    const resolution = prediction.resolution!;
    const outcome = resolution.outcome;
    const rows: Array<[string, number]> = [];
    if (this.#own !== null) rows.push([t('you'), this.#own]);
    if (community.probability !== null) rows.push([t('communityRow'), community.probability]);
    return html`<div part="result">
      <p class="outcome">${t(outcome ? 'outcomeYes' : 'outcomeNo', { date: f.date.format(Date.parse(resolution.resolvedAt)) })}</p>
      ${rows.length
        ? html`<table>
            <thead>
              <tr><th scope="col">${t('who')}</th><th scope="col">${t('forecast')}</th><th scope="col">${t('brier')}</th><th scope="col">${t('baseline')}</th></tr>
            </thead>
            <tbody>
              ${rows.map(
                ([who, p]) => html`<tr>
                  <th scope="row">${who}</th>
                  <td>${f.percent.format(p)}</td>
                  <td>${f.score.format(brierScore(p, outcome))}</td>
                  <td>${f.signed.format(baselineScore(p, outcome))}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
    </div>`;
  }

  #onSlide(event: Event) {
    this.#text = (event.target as HTMLInputElement).value;
    this.#invalid = false;
    this.requestUpdate();
  }

  #onType(event: Event) {
    this.#text = (event.target as HTMLInputElement).value;
    this.#invalid = this.#text.trim() !== '' && parsePercent(this.#text) === null;
    this.requestUpdate();
  }

  /** The reader submitted: tell the host, wait if it asks to, keep or roll back. */
  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const state = this.#story.state;
    const prediction = state.status === 'ready' ? state.story.prediction : undefined;
    if (this.#pending !== null || state.status !== 'ready' || !prediction) return;
    if (Date.now() >= Date.parse(prediction.closesAt) || prediction.resolution) return;
    const percent = parsePercent(this.#text);
    if (percent === null) {
      this.#invalid = true;
      this.requestUpdate();
      this.renderRoot.querySelector<HTMLInputElement>('#forecast')?.focus();
      return;
    }
    const key = this.#key;
    const probability = Math.round(percent * 100) / 10_000;
    const previous = this.#own;
    const wait = new WaitUntilList();
    const submit = new PredictionSubmitEvent({ storyId: state.story.id, predictionId: prediction.id, probability, previous, waitUntil: wait.waitUntil });
    this.#pending = probability;
    const asked = askHost(this, submit, wait, () => {
      this.#status = { text: 'pending', failed: false };
      this.requestUpdate();
    });
    const answer = asked instanceof Promise ? await asked : asked;
    if (answer.outcome !== 'accepted') return this.#settle(key, previous, null, answer.outcome);
    this.#settle(key, probability, answer.results.map(validCommunity).find((c) => c !== null) ?? null, 'saved');
  }

  /** Ends an action: the forecast that stands, the host's community figure if any, the message. */
  #settle(key: string | null, own: number | null, community: CommunityForecast | null, text: 'saved' | 'refused' | 'failed'): void {
    if (key !== this.#key) return; // the story changed while the host was deciding
    this.#pending = null;
    this.#own = own;
    if (community) this.#hostCommunity = community;
    if (text === 'saved' && key && own !== null) writeStored(key, { probability: own });
    if (text !== 'saved') this.#text = String(Math.round((own ?? 0.5) * 100));
    this.#status = { text, failed: text !== 'saved' };
    this.requestUpdate();
  }

  protected override updated(): void {
    this.toggleAttribute('submitted', this.#own !== null);
    this.toggleAttribute('pending', this.#pending !== null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prediction-card': PredictionCard;
  }
}
