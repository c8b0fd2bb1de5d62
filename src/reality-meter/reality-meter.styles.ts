import { css, unsafeCSS } from 'lit';
import { badgeHeightCss, reservedHeightCss } from '../styles/reserved.js';

// The reserved height comes first, built from the table it shares with dist/reality-kit.css.
export const styles = [
  unsafeCSS(reservedHeightCss('reality-meter', ':host')),
  unsafeCSS(badgeHeightCss(':host([variant="badge"])')),
  css`
  /* Flex wrapping, not a media query: the text drops under the gauge when the element itself is
     narrow (a sidebar, a phone), whatever the viewport. */
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .top > :last-child {
    flex: 1 1 16rem;
  }
  [part~='meter'] {
    flex: none;
    position: relative;
    width: var(--reality-meter-size, 7.5rem);
    text-align: center;
  }
  .gauge {
    display: block;
    width: 100%;
    height: auto;
  }
  /* The arc fills from the inline start, like the bars: from the right in right-to-left text. */
  [dir='rtl'] .gauge {
    transform: scaleX(-1);
  }
  .gauge-track {
    fill: none;
    stroke: var(--_track);
    stroke-width: 10;
    stroke-linecap: round;
  }
  .gauge-fill {
    fill: none;
    stroke: var(--_band);
    stroke-width: 10;
    stroke-linecap: round;
  }
  .reading {
    /* The number sits inside the arc, "of 100" just under it. */
    margin-top: -2.1rem;
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  [part~='score'] {
    font-size: 2rem;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .of {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='band'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 700;
    color: var(--_band);
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    background: var(--_band);
    /* The band's shape differs too, so colour is never the only signal. */
  }
  .band-unsupported {
    --_band: var(--_band-unsupported);
  }
  .band-doubtful {
    --_band: var(--_band-doubtful);
  }
  .band-unsettled {
    --_band: var(--_band-unsettled);
  }
  .band-likely {
    --_band: var(--_band-likely);
  }
  .band-well-supported {
    --_band: var(--_band-well-supported);
  }
  [part~='claim'] {
    margin-block: 0.25rem 0.5rem;
    font-size: 1.0625rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .facts li {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.05rem 0.6rem;
  }
  [part~='signal'] {
    font-weight: 600;
  }
  [part~='breakdown'] {
    margin-top: var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    width: fit-content;
    padding-block: 0.25rem;
  }
  .heading {
    font-size: 0.9375rem;
    margin-block: 0.75rem 0.25rem;
  }
  .factors li {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) auto minmax(4rem, 2fr);
    gap: 0.5rem;
    align-items: center;
    padding-block: 0.2rem;
  }
  .points {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .bar {
    width: 100%;
    height: 0.5rem;
  }
  .method {
    font-size: 0.8125rem;
    margin-top: 0.25rem;
  }
  .stance {
    margin-top: 0.5rem;
  }
  .subheading {
    margin: 0 0 0.25rem;
    font-size: 0.875rem;
  }
  .stance li {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.6rem;
    margin-block: 0.35rem;
  }
  .stance-supports li {
    border-inline-start-style: solid;
  }
  .stance-caveat li {
    border-inline-start-style: dashed;
  }
  .stance-contradicts li {
    border-inline-start-style: double;
    border-inline-start-width: 4px;
  }
  .cites {
    font-size: 0.8125rem;
  }
  [part~='reasoning'] p {
    margin-block: 0.35rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .gauge-fill {
      transition: stroke-dasharray 0.4s ease-out;
    }
  }
  /* The badge: one line for article lists. The gauge shrinks to the line's height, the score sits
     beside it, and "Why this score?" opens the same breakdown below. */
  /* The badge's loading line, error and content all fit its reserved height. */
  :host([variant='badge']) [part~='base'] {
    padding: 0.25rem 0.6rem;
  }
  .badge .line {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-inline-end: 0.75rem;
    vertical-align: middle;
  }
  .badge [part~='meter'] {
    width: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .badge .gauge {
    width: 2.25rem;
  }
  .badge [part~='score'] {
    font-size: 1.25rem;
  }
  .badge [part~='breakdown'] {
    display: inline;
    margin: 0;
    border: 0;
    padding: 0;
  }
  .badge [part~='breakdown'][open] {
    display: block;
    border-top: 1px solid var(--_border);
    margin-top: 0.25rem;
  }
  .badge summary {
    display: inline-block;
    font-size: 0.875rem;
  }
  @media print {
    /* Paper: the reasons printed open, no disclosure control (docs/elements.md, "Print"). */
    summary {
      display: none;
    }
    [part~='breakdown'] {
      break-inside: avoid-page;
    }
    .factors li {
      break-inside: avoid;
    }
  }
`,
];
