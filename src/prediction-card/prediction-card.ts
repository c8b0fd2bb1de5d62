import { LitElement, html, nothing } from 'lit';
import { baselineScore, brierScore, communityForecast, type CommunityForecast } from '../core/index.js';
import { PredictionSubmitEvent } from '../events.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { languageStrings } from '../i18n/load.js';
import { formatDate, formatters, relativeTime, translator, type Formatters, type Translator } from '../i18n/strings.js';
import { ClockController, nextChange } from '../controllers/clock-controller.js';
import { ReaderController } from '../controllers/reader-controller.js';
import type { ReaderStatus } from '../reader/reader-store.js';
import type { Prediction } from '../story/schema.js';
import { StoryController } from '../controllers/story-controller.js';
import { renderRootIn, restyleIn } from '../styles/documents.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { storyStatus } from '../templates.js';
import { historyChart, historyChartStyles } from './history-chart.js';
import { parsePercent } from './parse-percent.js';
import { styles } from './prediction-card.styles.js';

/** Every fixed text of the prediction card; replace any of them through the `strings` property. */
export const PREDICTION_CARD_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  noPrediction: 'This story has no forecast question.',
  closes: 'Closes {relative} ({date})',
  closed: 'Closed {relative} ({date})',
  resolvedWhen: 'Resolved {relative} ({date})',
  community: 'Community forecast',
  historySummary: 'Community forecast over time: {first} on {start}, {last} on {end}',
  basedOn_one: 'from {count} forecast',
  basedOn_other: 'from {count} forecasts',
  noForecasts: 'No forecasts yet',
  yourForecast: 'Your forecast ({min}–{max})',
  slider: 'Your forecast, slider',
  sliderUnset: 'No forecast chosen yet',
  submit: 'Submit forecast',
  update: 'Update forecast',
  invalid: 'Enter a number from {min} to {max}.',
  choose: 'Choose a forecast from {min} to {max} first.',
  pending: 'Sending your forecast…',
  busy: 'Your earlier forecast is still being sent.',
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

type T = Translator<PredictionCardStrings>;

/** The status line's text for each state of the reader's action (typed: a new state needs a text). */
const STATUS: Record<ReaderStatus, keyof PredictionCardStrings> = { pending: 'pending', busy: 'busy', saved: 'saved', refused: 'refused', failed: 'failed' };

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
 * (1–99%, slider and number kept in sync) sent to the host as a cancelable `prediction-submit`. The
 * field starts empty: a number the reader did not choose is never sent. The reader's forecast is one
 * state per question, shared by every card on the page and the origin's other tabs. Past
 * `closesAt` the input closes; with a `resolution`, the card shows the outcome and the Brier and
 * Baseline scores of the reader's and the community's forecasts.
 *
 * @tag prediction-card
 * @summary A forecast question with the community's and the reader's forecast.
 *
 * @fires {PredictionSubmitEvent} prediction-submit - The reader submitted a forecast. Cancelable. `detail: { storyId, predictionId, probability, previous, waitUntil(promise), signal }`.
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart question - The question.
 * @csspart community - The community forecast.
 * @csspart history - The chart of the community forecast over time (only when the story has `prediction.history`).
 * @csspart input - The reader's forecast controls (slider and number).
 * @csspart submit - The submit button.
 * @csspart status - The status line (sending, thanks, not accepted), a live region.
 * @csspart result - The outcome and scores, once resolved.
 * @csspart outcome - The outcome line of a resolved question.
 * @csspart error - The error message.
 *
 * @cssproperty --prediction-card-min-height - Height reserved while the story loads, and kept as a minimum. Unset, it follows the element's width: the reference story's height there (28.01rem in a 320 px column, 18.86rem at 672 px, 17.26rem from 1,120 px).
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
  /** Lit's reactive properties: the public ones below, each with its attribute (`strings` has none). */
  static override properties = {
    story: {},
    src: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    noPersist: { type: Boolean, reflect: true, attribute: 'no-persist' },
  };

  static override styles = [sharedStyles, styles, historyChartStyles];

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

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `PREDICTION_CARD_STRINGS`). */
  strings: Partial<PredictionCardStrings> = {};

  /** Keeps the reader's forecast in memory only (for this page's lifetime), never in `localStorage`. */
  noPersist = false;

  /**
   * The reader's accepted forecast for this question, a probability in [0, 1], or `null`. A host that
   * knows a signed-in reader's earlier forecast sets it here; that fires no event.
   */
  get forecast(): number | null {
    return this.#reader.view.accepted;
  }
  set forecast(value: number | null) {
    this.#reader.set(value);
    this.requestUpdate();
  }

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);
  readonly #reader = new ReaderController<number, CommunityForecast>(this, 'forecast');
  readonly #clock = new ClockController(this);

  /** Loads the story again: a `src` file is fetched anew, past the page's shared cache. */
  reload(): void {
    this.#story.reload();
  }
  /** What the number field holds, as the reader typed it: this card's own, kept through moves and rollbacks. */
  #text = '';
  /** Whether the reader has typed or slid since the field last showed the accepted forecast. */
  #edited = false;
  /** The accepted forecast the field last followed. */
  #followed: number | null = null;
  /** The last valid percentage in the field, where the slider stays while the text is not a number. */
  #slider: number | null = null;
  #invalid: 'invalid' | 'choose' | null = null;

  protected override willUpdate(): void {
    this.#story.sync();
    const state = this.#story.state;
    const story = state.status === 'ready' ? state.story : null;
    const prediction = story?.prediction;
    this.#reader.show(prediction ? [story.id, prediction.id] : null, isProbability);
    // The field follows the reader's accepted forecast (from this card, another one, another tab)
    // until the reader starts editing it.
    const accepted = this.#reader.view.accepted;
    if (accepted !== this.#followed) {
      this.#followed = accepted;
      // An empty field holds nothing of the reader's to keep: it shows the forecast that now stands.
      if (!this.#edited || this.#text.trim() === '') {
        this.#edited = false;
        this.#slider = accepted === null ? null : Math.round(accepted * 10_000) / 100;
        // In the reader's digits: "٣٣٫٥" in Egyptian Arabic, "33,5" in German.
        this.#text = this.#slider === null ? '' : formatters(this.#locale.lang).decimal.format(this.#slider);
        this.#invalid = null;
      }
    }
  }

  protected override render() {
    const f = formatters(this.#locale.lang);
    const t = translator(PREDICTION_CARD_STRINGS, this.strings, f.plural, languageStrings(this.#locale.lang, 'prediction-card', PREDICTION_CARD_STRINGS, this));
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const prediction = state.story.prediction;
    if (!prediction) {
      return html`<section part="base" dir=${this.#locale.dir}><p class="muted">${t('noPrediction')}</p></section>`;
    }
    const reader = this.#reader.view;
    const now = this.#clock.now();
    const closesAt = Date.parse(prediction.closesAt);
    const resolvedAt = prediction.resolution ? Date.parse(prediction.resolution.resolvedAt) : null;
    const closed = now >= closesAt || resolvedAt !== null;
    // The line under the question names the moment that matters: when it was resolved (which may be
    // before closesAt), else when it closes or closed. It follows the clock, and so does the input,
    // which closes itself at closesAt.
    const when = resolvedAt ?? closesAt;
    this.#clock.wakeAt(now < closesAt && resolvedAt === null ? Math.min(closesAt, nextChange(when, now)) : nextChange(when, now));
    const community = reader.figures ?? communityForecast(prediction, reader.accepted);
    const failed = reader.status === 'refused' || reader.status === 'failed';
    const closing = resolvedAt !== null ? 'resolvedWhen' : closed ? 'closed' : 'closes';
    // Words go with their sentence: in the English text ("Closes in 12 months") the relative time is
    // English too, not the element's language ("Closes 12 個月後"); the date stays the reader's.
    const relative = t(closing) === PREDICTION_CARD_STRINGS[closing] ? formatters('en').relative : f.relative;
    return html`<section part="base" dir=${this.#locale.dir} aria-labelledby="question">
      <p part="question" id="question" dir="auto">${prediction.question}</p>
      <p class="closes muted">
        <time datetime=${prediction.resolution?.resolvedAt ?? prediction.closesAt}
          >${t(closing, { relative: relativeTime(relative, when, now), date: formatDate(f.date, when) })}</time
        >
      </p>
      <div part="community">
        <span>${t('community')}</span>
        ${community.probability === null
          ? html`<span class="muted">${t('noForecasts')}</span>`
          : html`<span class="big">${f.percent.format(community.probability)}</span>
              <span class="muted">${t.count('basedOn', community.count, { count: f.integer.format(community.count) })}</span>`}
      </div>
      ${historyChart(prediction.history, { dir: this.#locale.dir, f, t })}
      ${closed ? html`<p class="muted">${t('closedNote')}</p>` : this.#renderInput(reader.accepted, reader.pending !== null, t, f)}
      <p part="status" class="status ${failed ? 'failed' : ''}" role="status">
        ${reader.status ? t(STATUS[reader.status], { percent: reader.accepted === null ? '' : f.percent.format(reader.accepted) }) : nothing}
      </p>
      ${prediction.resolution ? this.#renderResult(prediction, reader.accepted, community, t, f) : nothing}
    </section>`;
  }

  // No <form>: a sandboxed frame without `allow-forms` blocks form submission, and the reader's
  // forecast must still go out there. Enter in the number field submits, as in a form.
  #renderInput(own: number | null, busy: boolean, t: T, f: Formatters) {
    const unset = this.#slider === null;
    const sign = f.symbols;
    const percent = html`<span aria-hidden="true">${sign.percent}</span>`;
    const range = { min: f.percent.format(0.01), max: f.percent.format(0.99) };
    return html`<div part="input" role="group" aria-labelledby="forecast-label">
      <label id="forecast-label" for="forecast">${t('yourForecast', range)}</label>
      <input
        type="range"
        class=${unset ? 'unset' : ''}
        min="1"
        max="99"
        step="1"
        aria-label=${t('slider')}
        aria-valuetext=${unset ? t('sliderUnset') : f.percent.format(this.#slider! / 100)}
        .value=${String(Math.round(this.#slider ?? 50))}
        @input=${this.#onSlide}
        @click=${this.#onSlide}
      />
      <span class="number">
        ${sign.percentFirst ? percent : nothing}<input
          id="forecast"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-invalid=${this.#invalid ? 'true' : 'false'}
          aria-describedby="hint"
          .value=${this.#text}
          @input=${this.#onType}
          @keydown=${this.#onKey}
        />${sign.percentFirst ? nothing : percent}
      </span>
      <button part="submit" type="button" aria-disabled=${busy ? 'true' : nothing} @click=${this.#submit}>${t(own === null ? 'submit' : 'update')}</button>
      <p id="hint" class="hint ${this.#invalid ? 'failed' : 'muted'}">
        ${this.#invalid === 'choose' ? t('choose', range) : t('invalid', { min: f.integer.format(1), max: f.integer.format(99) })}
      </p>
    </div>`;
  }

  #renderResult(prediction: Prediction, own: number | null, community: CommunityForecast, t: T, f: Formatters) {
    const resolution = prediction.resolution!;
    const outcome = resolution.outcome;
    const rows: Array<[string, number]> = [];
    if (own !== null) rows.push([t('you'), own]);
    if (community.probability !== null) rows.push([t('communityRow'), community.probability]);
    return html`<div part="result">
      <p part="outcome" class="outcome">${t(outcome ? 'outcomeYes' : 'outcomeNo', { date: formatDate(f.date, Date.parse(resolution.resolvedAt)) })}</p>
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
    this.#slider = Number((event.target as HTMLInputElement).value);
    this.#text = formatters(this.#locale.lang).decimal.format(this.#slider);
    this.#edited = true;
    this.#invalid = null;
    this.requestUpdate();
  }

  #onType(event: Event) {
    this.#text = (event.target as HTMLInputElement).value;
    this.#edited = true;
    const value = this.#parse();
    if (value !== null) this.#slider = value;
    else if (this.#text.trim() === '') this.#slider = null;
    this.#invalid = this.#text.trim() !== '' && value === null ? 'invalid' : null;
    this.requestUpdate();
  }

  /** The field's text as a percentage, read in the reader's digits and decimal separator. */
  #parse(): number | null {
    return parsePercent(this.#text, formatters(this.#locale.lang).symbols.decimal);
  }

  #onKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.#submit();
    }
  }

  /** The reader submitted: their own number goes to the host, or the card asks for one. */
  #submit(): void {
    const state = this.#story.state;
    const prediction = state.status === 'ready' ? state.story.prediction : undefined;
    if (!prediction || state.status !== 'ready') return;
    if (this.#clock.now() >= Date.parse(prediction.closesAt) || prediction.resolution) return this.requestUpdate(); // shows it closed
    const percent = this.#parse();
    if (percent === null) {
      this.#invalid = this.#text.trim() === '' ? 'choose' : 'invalid';
      this.requestUpdate();
      this.renderRoot.querySelector<HTMLInputElement>('#forecast')?.focus();
      return;
    }
    const probability = Math.round(percent * 100) / 10_000;
    const { id: storyId } = state.story;
    const predictionId = prediction.id;
    this.#edited = false;
    this.#reader.act(
      probability,
      (context) => new PredictionSubmitEvent({ storyId, predictionId, probability, ...context }),
      (results) => results.map(validCommunity).find((c) => c !== null) ?? null,
    );
  }

  protected override updated(): void {
    const reader = this.#reader.view;
    this.toggleAttribute('submitted', reader.accepted !== null);
    this.toggleAttribute('pending', reader.pending !== null);
  }
}

/** A stored or host-given forecast this card can show: a probability in [0, 1]. */
function isProbability(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

declare global {
  interface HTMLElementTagNameMap {
    'prediction-card': PredictionCard;
  }
}
