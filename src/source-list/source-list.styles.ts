import { css, unsafeCSS } from 'lit';
import { reservedHeightCss } from '../styles/reserved.js';

// The reserved height comes first, built from the table it shares with dist/reality-kit.css.
export const styles = [
  unsafeCSS(reservedHeightCss('source-list', ':host')),
  css`
  [part~='summary'] {
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  [part~='source'] {
    display: grid;
    gap: 0.15rem;
    padding-block: 0.6rem;
    border-top: 1px solid var(--_border);
  }
  .name {
    font-weight: 600;
  }
  .host,
  .kind,
  .date {
    font-size: 0.8125rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .kind {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5rem;
    background: var(--_surface);
  }
  [part~='trust'] {
    display: grid;
    grid-template-columns: auto minmax(4rem, 12rem);
    justify-content: start;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    width: 100%;
    height: 0.5rem;
  }
  .note {
    font-size: 0.875rem;
  }
`,
];
