/**
 * The community forecast over time (`prediction.history`) as a small line chart, the way forecasting
 * sites' embeds show it under the current figure. A pure function of the points: no state, no
 * listeners. The line runs from the first point to the last along time (right to left in `rtl`),
 * higher meaning more likely, with a dashed line at 50% when that is in view; the summary (first and
 * last value with their dates) is the chart's accessible name and its caption.
 */
import { css, html, nothing, svg } from 'lit';
import { formatDate, type Formatters } from '../i18n/strings.js';
import type { Prediction } from '../story/schema.js';


/** Drawing units of the chart's box; the SVG stretches to the card's width. */
const WIDTH = 200;
const HEIGHT = 40;

/** Smallest vertical span shown, as a probability: a flat line stays flat instead of filling the box. */
const MIN_SPAN = 0.2;

/**
 * The probabilities shown from the bottom to the top edge: the points' own range, widened to at
 * least `MIN_SPAN` around its middle and kept within 0–1, so a move of a few points is visible in a
 * chart 2.5rem high (the summary gives the actual figures).
 */
export function verticalRange(history: NonNullable<Prediction['history']>): { lo: number; hi: number } {
  let lo = Math.min(...history.map((p) => p.probability));
  let hi = Math.max(...history.map((p) => p.probability));
  if (hi - lo < MIN_SPAN) {
    const mid = Math.min(Math.max((lo + hi) / 2, MIN_SPAN / 2), 1 - MIN_SPAN / 2);
    [lo, hi] = [mid - MIN_SPAN / 2, mid + MIN_SPAN / 2];
  }
  return { lo, hi };
}

const round = (n: number) => +n.toFixed(2);

/**
 * The `points` attribute of the line: x by time (the first point at the start edge, the last at the
 * end edge; evenly spaced when all share one time), y by probability within `verticalRange`.
 */
export function linePoints(history: NonNullable<Prediction['history']>, dir: 'ltr' | 'rtl'): string {
  const { lo, hi } = verticalRange(history);
  const times = history.map((p) => Date.parse(p.at));
  const t0 = times[0];
  const span = times[times.length - 1] - t0;
  return history
    .map((p, i) => {
      const share = history.length === 1 ? 0.5 : span > 0 ? (times[i] - t0) / span : i / (history.length - 1);
      const x = (dir === 'rtl' ? 1 - share : share) * WIDTH;
      const y = ((hi - p.probability) / (hi - lo)) * HEIGHT;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/** The card's text for the summary ("Community forecast over time: {first} on {start}, …"). */
type Summary = (key: 'historySummary', values: Record<string, string>) => string;

/**
 * The chart for a prediction's history, or nothing with fewer than two points. `t` is the card's translator (the
 * summary is one of the card's texts, in its language, and a host may replace it through `strings`);
 * `f` formats the percentages and dates in the card's language.
 */
export function historyChart(history: Prediction['history'], { dir, f, t }: { dir: 'ltr' | 'rtl'; f: Formatters; t: Summary }) {
  // One point is no line and says nothing of a change over time: a new question shows no chart yet.
  if (!history || history.length < 2) return nothing;
  const first = history[0];
  const last = history[history.length - 1];
  const summary = t('historySummary', {
    first: f.percent.format(first.probability),
    start: formatDate(f.date, Date.parse(first.at)),
    last: f.percent.format(last.probability),
    end: formatDate(f.date, Date.parse(last.at)),
  });
  const { lo, hi } = verticalRange(history);
  const half = ((hi - 0.5) / (hi - lo)) * HEIGHT; // where 50% falls, drawn when it is in range
  return html`<figure part="history" class="history">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label=${summary}>
      ${svg`${lo < 0.5 && hi > 0.5 ? svg`<line class="mid" x1="0" y1=${round(half)} x2=${WIDTH} y2=${round(half)}></line>` : nothing}
        <polyline class="line" points=${linePoints(history, dir)}></polyline>`}
    </svg>
    <figcaption class="muted" dir="auto" aria-hidden="true">${summary}</figcaption>
  </figure>`;
}

export const historyChartStyles = css`
  .history {
    margin: 0 0 0.75rem;
  }
  .history svg {
    display: block;
    inline-size: 100%;
    block-size: 2.5rem;
    overflow: visible;
  }
  .history .line {
    fill: none;
    stroke: var(--reality-accent, currentColor);
    stroke-width: 2;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .history .mid {
    stroke: var(--reality-border, currentColor);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    vector-effect: non-scaling-stroke;
  }
  .history figcaption {
    font-size: 0.75rem;
    margin-top: 0.25rem;
  }
`;
