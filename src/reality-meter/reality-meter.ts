import { LitElement, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { averageTrust, realityScore, type RealityScore } from '../core/index.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { formatters, translator, type Formatters } from '../i18n/strings.js';
import type { Evidence, Source, Story } from '../story/schema.js';
import { StoryController } from '../controllers/story-controller.js';
import { safeUrl } from '../story/url.js';
import { renderRootIn, restyleIn } from '../styles/documents.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { bar, sourceLink, storyStatus } from '../templates.js';
import { styles } from './reality-meter.styles.js';

/** Every fixed text of the meter; replace any of them through the `strings` property. */
export const REALITY_METER_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  label: 'Reality score',
  valueText: '{score} of 100: {band}',
  outOf: 'of 100',
  bandUnsupported: 'Unsupported',
  bandDoubtful: 'Doubtful',
  bandUnsettled: 'Unsettled',
  bandLikely: 'Likely',
  bandWellSupported: 'Well supported',
  signal: 'Signal: {signal}',
  signalConfirmed: 'confirmed',
  signalReported: 'reported',
  signalSpeculative: 'speculative',
  signalHype: 'hype',
  confidenceLow: 'Low confidence: {reason}',
  confidenceMedium: 'Medium confidence',
  confidenceHigh: 'High confidence',
  reasonNoSources: 'no sources',
  reasonSingleSource: 'single source',
  reasonLittleEvidence: 'little evidence',
  sourcesNone: 'No sources on file',
  sourcesOne: '{count} source on file',
  sourcesMany: '{count} sources on file',
  averageTrust: 'Avg trust {trust}/100',
  horizon: 'Time horizon: {horizon}',
  horizonDays: 'days',
  horizonWeeks: 'weeks',
  horizonMonths: 'months',
  horizonYears: 'years',
  why: 'Why this score?',
  factors: 'How the score adds up',
  factorTrust: 'Source trust',
  factorEvidence: 'Evidence balance',
  factorCorroboration: 'Corroboration',
  factorSignal: 'Signal',
  points: '{points} of {max}',
  methodology: 'Methodology version {version}: the points add up to the score.',
  evidence: 'Evidence',
  stanceSupports: 'Supports ({count})',
  stanceCaveat: 'Caveats ({count})',
  stanceContradicts: 'Contradicts ({count})',
  noEvidence: 'None on file.',
  cites: 'Source: {names}',
  newTab: '(opens in a new tab)',
  reasoning: 'Reasoning',
  reasoningCredibility: 'Credibility',
  reasoningStrength: 'Strength',
  reasoningImpact: 'Impact',
};
export type RealityMeterStrings = typeof REALITY_METER_STRINGS;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bandKey = (band: string) => `band${band.replace(/(^|\s)(\w)/g, (_, __, c: string) => c.toUpperCase())}` as keyof RealityMeterStrings;
const STANCES = ['supports', 'caveat', 'contradicts'] as const;

/**
 * The reality score of a story's claim (0–100), its band, the signal type, confidence, the sources on
 * file and the time horizon; "Why this score?" opens the factors with their points, the evidence
 * grouped by stance, and the reasoning. `variant="badge"` shows one compact line instead (gauge, score,
 * band) for article lists, with "Why this score?" on demand. Printed, the breakdown is open and the
 * disclosure control is left out.
 *
 * @tag reality-meter
 * @summary A credibility score for a story's core claim, with its reasons.
 *
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart meter - The gauge (`role="meter"`).
 * @csspart score - The score number.
 * @csspart band - The band label ("Doubtful").
 * @csspart claim - The claim under test.
 * @csspart signal - The signal type.
 * @csspart breakdown - The "Why this score?" disclosure.
 * @csspart factor - One factor of the score with its points.
 * @csspart evidence - The evidence, grouped by stance.
 * @csspart reasoning - The reasoning paragraphs.
 * @csspart error - The error message.
 *
 * @cssproperty [--reality-meter-min-height=17.75rem] - Height reserved while the story loads, and kept as a minimum (31rem below a 40rem-wide viewport).
 * @cssproperty [--reality-meter-badge-min-height=2.75rem] - Height the badge (`variant="badge"`) reserves while the story loads, and keeps as a minimum.
 * @cssproperty [--reality-meter-size=7.5rem] - Width of the gauge.
 * @cssproperty --reality-font - Font family (default: inherited from the page).
 * @cssproperty --reality-bg - Background colour.
 * @cssproperty --reality-fg - Text colour.
 * @cssproperty --reality-muted - Secondary text colour.
 * @cssproperty --reality-surface - Background of chips and panels.
 * @cssproperty --reality-border - Border colour.
 * @cssproperty --reality-accent - Links and bars.
 * @cssproperty --reality-focus - Focus ring colour.
 * @cssproperty --reality-error - Error text colour.
 * @cssproperty --reality-radius - Corner radius.
 * @cssproperty --reality-space - Inner spacing.
 */
export class RealityMeter extends LitElement {
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
  @property() story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  @property({ reflect: true }) src: string | null = null;

  /** Shows the "Why this score?" breakdown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `full` (the default) or `badge`: one compact line (gauge, score, band) for lists of articles. */
  @property({ reflect: true }) variant: 'full' | 'badge' = 'full';

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `REALITY_METER_STRINGS`). */
  @property({ attribute: false }) strings: Partial<RealityMeterStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);

  /** Loads the story again: a `src` file is fetched anew, past the page's shared cache. */
  reload(): void {
    this.#story.reload();
  }
  #score: RealityScore | null = null;
  #averageTrust: number | null = null;
  /** True while the page prints: the breakdown is rendered and shown open on paper. */
  #printing = false;
  #print: MediaQueryList | null = null;
  readonly #onPrint = (event: { matches: boolean }) => {
    this.#printing = event.matches;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The breakdown is built only when opened (see #renderBreakdown), so paper needs to know first.
    this.#print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    this.#print?.addEventListener('change', this.#onPrint);
    this.#printing = this.#print?.matches ?? false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#print?.removeEventListener('change', this.#onPrint);
    this.#print = null;
  }

  protected override willUpdate(): void {
    this.#story.sync();
    const state = this.#story.state;
    this.#score = state.status === 'ready' ? realityScore(state.story) : null;
    this.#averageTrust = state.status === 'ready' ? averageTrust(state.story.sources) : null;
  }

  protected override render() {
    const t = translator(REALITY_METER_STRINGS, this.strings);
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready' || !this.#score) return status;
    const story = state.story;
    const result = this.#score;
    const f = formatters(this.#locale.lang);
    const band = t(bandKey(result.band));
    const bandClass = `band-${result.band.toLowerCase().replace(/\s+/g, '-')}`;
    const n = story.sources.length;
    const plural = f.plural.select(n);
    const sources = n === 0 ? t('sourcesNone') : t(plural === 'one' ? 'sourcesOne' : 'sourcesMany', { count: f.integer.format(n) });
    const reason = n === 0 ? t('reasonNoSources') : n === 1 ? t('reasonSingleSource') : t('reasonLittleEvidence');
    const confidence =
      result.confidence === 'low' ? t('confidenceLow', { reason }) : result.confidence === 'medium' ? t('confidenceMedium') : t('confidenceHigh');
    const signal = t(`signal${capital(story.claim.signal)}` as keyof RealityMeterStrings);
    const gauge = svg`<path class="gauge-track" d="M10 62 A50 50 0 0 1 110 62" pathLength="100"></path>
      <path class="gauge-fill" d="M10 62 A50 50 0 0 1 110 62" pathLength="100" stroke-dasharray="${result.score} 100"></path>`;
    const meter = (content: unknown) => html`<div
      part="meter"
      role="meter"
      aria-label=${t('label')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${result.score}
      aria-valuetext=${t('valueText', { score: f.integer.format(result.score), band })}
    >
      <svg class="gauge" viewBox="0 0 120 68" aria-hidden="true" focusable="false">${gauge}</svg>${content}
    </div>`;
    // Printed, the breakdown is open (a closed one would lose the reasons on paper), except in a badge.
    const open = this.open || (this.#printing && this.variant !== 'badge');
    const breakdown = html`<details part="breakdown" ?open=${open} @toggle=${this.#onToggle}>
      <summary>${t('why')}</summary>
      ${open ? this.#renderBreakdown(story, result, t, f) : nothing}
    </details>`;

    if (this.variant === 'badge') {
      // One line: gauge and score, band (word and swatch, never colour alone), the disclosure. The
      // meter's value text already says score and band, so the visible copies are hidden from it.
      // A plain box, not a labelled region: a list of twenty badges must not add twenty landmarks.
      return html`<div part="base" class="badge ${bandClass}" dir=${this.#locale.dir}>
        <div class="line">
          ${meter(html`<span part="score" aria-hidden="true">${f.integer.format(result.score)}</span>`)}
          <span part="band" class="band" aria-hidden="true"><span class="swatch"></span>${band}</span>
        </div>
        ${breakdown}
      </div>`;
    }

    return html`<section part="base" class=${bandClass} dir=${this.#locale.dir} aria-label=${t('label')}>
      <div class="top">
        ${meter(
          html`<div class="reading" aria-hidden="true">
            <span part="score">${f.integer.format(result.score)}</span><span class="of">${t('outOf')}</span>
          </div>`,
        )}
        <div>
          <p part="band" class="band"><span class="swatch" aria-hidden="true"></span>${band}</p>
          <p part="claim">${story.claim.text}</p>
          <ul class="facts">
            <li part="signal">${t('signal', { signal })}</li>
            <li>${confidence}</li>
            <li>${this.#averageTrust === null ? sources : `${sources} · ${t('averageTrust', { trust: f.integer.format(this.#averageTrust) })}`}</li>
            ${story.horizon
              ? html`<li>${t('horizon', { horizon: t(`horizon${capital(story.horizon)}` as keyof RealityMeterStrings) })}</li>`
              : nothing}
          </ul>
        </div>
      </div>
      ${breakdown}
    </section>`;
  }

  /**
   * The breakdown is built only once it is opened: it is most of the meter's DOM (about two thirds of
   * its nodes and of its memory), and most readers never open it.
   */
  #renderBreakdown(story: Story, result: RealityScore, t: ReturnType<typeof translator<RealityMeterStrings>>, f: Formatters) {
    return html`<h3>${t('factors')}</h3>
      <ol class="factors">
        ${result.factors.map(
          (factor) => html`<li part="factor">
            <span>${t(`factor${capital(factor.id)}` as keyof RealityMeterStrings)}</span>
            <span class="points">${t('points', { points: f.integer.format(factor.points), max: f.integer.format(factor.max) })}</span>
            ${bar(factor.points, factor.max)}
          </li>`,
        )}
      </ol>
      <p class="method muted">${t('methodology', { version: result.version })}</p>
      ${this.#renderEvidence(story, t)} ${this.#renderReasoning(story, t)}`;
  }

  #renderEvidence(story: Story, t: ReturnType<typeof translator<RealityMeterStrings>>) {
    const sources = new Map(story.sources.map((s) => [s.id, s]));
    const groups = STANCES.map((stance) => ({ stance, items: story.claim.evidence.filter((e: Evidence) => e.stance === stance) }));
    const headings = { supports: 'stanceSupports', caveat: 'stanceCaveat', contradicts: 'stanceContradicts' } as const;
    return html`<section part="evidence">
      <h3>${t('evidence')}</h3>
      ${groups.map(
        ({ stance, items }) => html`<div class="stance stance-${stance}">
          <h4>${t(headings[stance], { count: items.length })}</h4>
          ${items.length === 0
            ? html`<p class="muted">${t('noEvidence')}</p>`
            : html`<ul>
                ${items.map(
                  (item) => html`<li>
                    ${item.text}
                    ${item.sources?.length ? html`<span class="cites muted">(${this.#cites(item.sources, sources, t)})</span>` : nothing}
                  </li>`,
                )}
              </ul>`}
        </div>`,
      )}
    </section>`;
  }

  /**
   * "Source: A, B" with each name a link to its source when the source's URL passes the safe-URL rule.
   * The names go into the `{names}` placeholder of the translatable text, so a translation can put
   * them where its grammar wants.
   */
  #cites(ids: readonly string[], sources: ReadonlyMap<string, Source>, t: ReturnType<typeof translator<RealityMeterStrings>>) {
    const names = ids.map((id, i) => {
      const source = sources.get(id);
      const link = source ? safeUrl(source.url) : null;
      const name = source?.name ?? id;
      return html`${i > 0 ? ', ' : ''}${link ? sourceLink(name, link, t('newTab')) : name}`;
    });
    const [before, after = ''] = t('cites', { names: '\u0000' }).split('\u0000');
    return html`${before}${names}${after}`;
  }

  #renderReasoning(story: Story, t: ReturnType<typeof translator<RealityMeterStrings>>) {
    const reasoning = story.claim.reasoning;
    const parts = (['credibility', 'strength', 'impact'] as const).filter((key) => reasoning?.[key]);
    if (!reasoning || parts.length === 0) return nothing;
    return html`<section part="reasoning">
      <h3>${t('reasoning')}</h3>
      ${parts.map((key) => html`<p><strong>${t(`reasoning${capital(key)}` as keyof RealityMeterStrings)}.</strong> ${reasoning[key]}</p>`)}
    </section>`;
  }

  /** The disclosure opened or closed by the reader (or by `open`): keep the attribute in step. */
  #onToggle(event: Event) {
    if (this.#printing) return; // opened for paper, not by the reader
    this.open = (event.target as HTMLDetailsElement).open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reality-meter': RealityMeter;
  }
}
