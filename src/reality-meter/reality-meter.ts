import { LitElement, html, nothing, svg } from 'lit';
import { averageTrust, realityScore, type BandId, type FactorId, type LowConfidenceReason, type RealityScore } from '../core/index.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StoryController } from '../controllers/story-controller.js';
import { heading, headingLevel } from '../heading.js';
import { languageStrings } from '../i18n/load.js';
import { formatters, parts, translator, type Formatters, type Translator } from '../i18n/strings.js';
import type { Evidence, Signal, Source, Story } from '../story/schema.js';
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
  valueText: '{score} of {max}: {band}',
  outOf: 'of {max}',
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
  sources_one: '{count} source on file',
  sources_other: '{count} sources on file',
  averageTrust: 'Avg trust {trust}/{max}',
  summary: '{sources} · {trust}',
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
  cites_one: '(Source: {names})',
  cites_other: '(Sources: {names})',
  namesSeparator: ', ',
  newTab: '(opens in a new tab)',
  reasoning: 'Reasoning',
  reasoningCredibility: 'Credibility.',
  reasoningStrength: 'Strength.',
  reasoningImpact: 'Impact.',
};
export type RealityMeterStrings = typeof REALITY_METER_STRINGS;
type Key = keyof RealityMeterStrings;
type T = Translator<RealityMeterStrings>;

// Ids to texts through typed tables: a band, signal or factor the core adds without a text here
// fails to compile instead of showing a key at runtime.
const BANDS: Record<BandId, Key> = {
  unsupported: 'bandUnsupported',
  doubtful: 'bandDoubtful',
  unsettled: 'bandUnsettled',
  likely: 'bandLikely',
  'well-supported': 'bandWellSupported',
};
const SIGNALS: Record<Signal, Key> = { confirmed: 'signalConfirmed', reported: 'signalReported', speculative: 'signalSpeculative', hype: 'signalHype' };
const REASONS: Record<LowConfidenceReason, Key> = { 'no-sources': 'reasonNoSources', 'single-source': 'reasonSingleSource', 'little-evidence': 'reasonLittleEvidence' };
const HORIZONS: Record<NonNullable<Story['horizon']>, Key> = { days: 'horizonDays', weeks: 'horizonWeeks', months: 'horizonMonths', years: 'horizonYears' };
const FACTORS: Record<FactorId, Key> = { trust: 'factorTrust', evidence: 'factorEvidence', corroboration: 'factorCorroboration', signal: 'factorSignal' };
const STANCES: Record<Evidence['stance'], Key> = { supports: 'stanceSupports', caveat: 'stanceCaveat', contradicts: 'stanceContradicts' };
const REASONING = { credibility: 'reasoningCredibility', strength: 'reasoningStrength', impact: 'reasoningImpact' } as const satisfies Record<string, Key>;

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
 * @csspart facts - The list under the claim: signal, confidence, sources and trust, horizon.
 * @csspart breakdown - The "Why this score?" disclosure.
 * @csspart factor - One factor of the score with its points.
 * @csspart methodology - The methodology line under the factors.
 * @csspart evidence - The evidence, grouped by stance.
 * @csspart stance - One stance's group of evidence.
 * @csspart stance-supports - The group of evidence that supports the claim.
 * @csspart stance-caveat - The group of caveats.
 * @csspart stance-contradicts - The group of evidence that contradicts the claim.
 * @csspart citation - The sources an evidence item cites, each a link where its URL is safe.
 * @csspart reasoning - The reasoning paragraphs.
 * @csspart error - The error message.
 *
 * @cssproperty --reality-meter-min-height - Height reserved while the story loads, and kept as a minimum. Unset, it follows the element's width: the reference story's height there (33.96rem in a 320 px column, 17.64rem at 672 px, 12.66rem from 1,120 px).
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
  /** Lit's reactive properties: the public ones below, each with its attribute (`strings` has none). */
  static override properties = {
    story: {},
    src: { reflect: true },
    open: { type: Boolean, reflect: true },
    variant: { reflect: true },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    strings: { attribute: false },
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

  /** Shows the "Why this score?" breakdown. */
  open = false;

  /** `full` (the default) or `badge`: one compact line (gauge, score, band) for lists of articles. */
  variant: 'full' | 'badge' = 'full';

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The level (2–6) of the breakdown's headings, to fit the page's outline; its sub-headings are one below. Default 3. */
  headingLevel = 3;

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `REALITY_METER_STRINGS`). */
  strings: Partial<RealityMeterStrings> = {};

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
    const f = formatters(this.#locale.lang);
    const t = translator(REALITY_METER_STRINGS, this.strings, f.plural, languageStrings(this.#locale.lang, 'reality-meter', REALITY_METER_STRINGS, this));
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready' || !this.#score) return status;
    const story = state.story;
    const result = this.#score;
    const band = t(BANDS[result.bandId]);
    const max = f.integer.format(100);
    const n = story.sources.length;
    const sources = n === 0 ? t('sourcesNone') : t.count('sources', n, { count: f.integer.format(n) });
    const reason = result.lowConfidenceReason;
    const confidence =
      result.confidence === 'low' && reason
        ? t('confidenceLow', { reason: t(REASONS[reason]) })
        : t(result.confidence === 'high' ? 'confidenceHigh' : 'confidenceMedium');
    const trust = this.#averageTrust === null ? null : t('averageTrust', { trust: f.integer.format(this.#averageTrust), max });
    const gauge = svg`<path class="gauge-track" d="M10 62 A50 50 0 0 1 110 62" pathLength="100"></path>
      <path class="gauge-fill" d="M10 62 A50 50 0 0 1 110 62" pathLength="100" stroke-dasharray="${result.score} 100"></path>`;
    const meter = (content: unknown) => html`<div
      part="meter"
      role="meter"
      aria-label=${t('label')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${result.score}
      aria-valuetext=${t('valueText', { score: f.integer.format(result.score), max, band })}
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
      return html`<div part="base" class="badge band-${result.bandId}" dir=${this.#locale.dir}>
        <div class="line">
          ${meter(html`<span part="score" aria-hidden="true">${f.integer.format(result.score)}</span>`)}
          <span part="band" class="band" aria-hidden="true"><span class="swatch"></span>${band}</span>
        </div>
        ${breakdown}
      </div>`;
    }

    return html`<section part="base" class="band-${result.bandId}" dir=${this.#locale.dir} aria-label=${t('label')}>
      <div class="top">
        ${meter(
          html`<div class="reading" aria-hidden="true">
            <span part="score">${f.integer.format(result.score)}</span><span class="of">${t('outOf', { max })}</span>
          </div>`,
        )}
        <div>
          <p part="band" class="band"><span class="swatch" aria-hidden="true"></span>${band}</p>
          <p part="claim" dir="auto">${story.claim.text}</p>
          <ul part="facts" class="facts">
            <li part="signal">${t('signal', { signal: t(SIGNALS[story.claim.signal]) })}</li>
            <li>${confidence}</li>
            <li>${trust === null ? sources : t('summary', { sources, trust })}</li>
            ${story.horizon ? html`<li>${t('horizon', { horizon: t(HORIZONS[story.horizon]) })}</li>` : nothing}
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
  #renderBreakdown(story: Story, result: RealityScore, t: T, f: Formatters) {
    const level = headingLevel(this.headingLevel);
    return html`${heading(level, 'heading', t('factors'))}
      <ol class="factors">
        ${result.factors.map(
          (factor) => html`<li part="factor">
            <span>${t(FACTORS[factor.id])}</span>
            <span class="points">${t('points', { points: f.integer.format(factor.points), max: f.integer.format(factor.max) })}</span>
            ${bar(factor.points, factor.max)}
          </li>`,
        )}
      </ol>
      <p part="methodology" class="method muted">${t('methodology', { version: result.version })}</p>
      ${this.#renderEvidence(story, t, f, level)} ${this.#renderReasoning(story, t, level)}`;
  }

  #renderEvidence(story: Story, t: T, f: Formatters, level: number) {
    const sources = new Map(story.sources.map((s) => [s.id, s]));
    const stances = Object.keys(STANCES) as Array<Evidence['stance']>;
    return html`<section part="evidence">
      ${heading(level, 'heading', t('evidence'))}
      ${stances.map((stance) => {
        const items = story.claim.evidence.filter((e: Evidence) => e.stance === stance);
        return html`<div part="stance stance-${stance}" class="stance stance-${stance}">
          ${heading(level + 1, 'subheading', t(STANCES[stance], { count: f.integer.format(items.length) }))}
          ${items.length === 0
            ? html`<p class="muted">${t('noEvidence')}</p>`
            : html`<ul>
                ${items.map((item) => html`<li><bdi>${item.text}</bdi> ${item.sources?.length ? this.#renderCites(item.sources, sources, t) : nothing}</li>`)}
              </ul>`}
        </div>`;
      })}
    </section>`;
  }

  /**
   * "(Sources: A, B)": each name a link to its source when the source's URL passes the safe-URL rule,
   * else in its own bidirectional isolate; the brackets and commas come from the strings, so a
   * translation puts the names where its grammar wants.
   */
  #renderCites(ids: readonly string[], sources: ReadonlyMap<string, Source>, t: T) {
    const list = ids.flatMap((id, i) => {
      const source = sources.get(id);
      const link = source ? safeUrl(source.url) : null;
      const name = source?.name ?? id;
      return [i === 0 ? '' : t('namesSeparator'), link ? sourceLink(name, link, t('newTab')) : html`<bdi>${name}</bdi>`];
    });
    return html`<span part="citation" class="cites muted">${parts(t.count('cites', ids.length), { names: list })}</span>`;
  }

  #renderReasoning(story: Story, t: T, level: number) {
    const reasoning = story.claim.reasoning;
    const keys = (Object.keys(REASONING) as Array<keyof typeof REASONING>).filter((key) => reasoning?.[key]);
    if (!reasoning || keys.length === 0) return nothing;
    return html`<section part="reasoning">
      ${heading(level, 'heading', t('reasoning'))}
      ${keys.map((key) => html`<p><strong>${t(REASONING[key])}</strong> <bdi>${reasoning[key]}</bdi></p>`)}
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
