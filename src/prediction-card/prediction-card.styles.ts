import { css, unsafeCSS } from 'lit';
import { reservedHeightCss } from '../styles/reserved.js';

// The reserved height comes first, built from the table it shares with dist/reality-kit.css.
export const styles = [
  unsafeCSS(reservedHeightCss('prediction-card', ':host')),
  css`
  [part~='question'] {
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .closes {
    font-size: 0.875rem;
    margin-top: 0.25rem;
  }
  [part~='community'] {
    margin-block: 0.75rem;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .big {
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='input'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
  }
  [part~='input'] label,
  .hint {
    flex: 1 0 100%;
    font-weight: 600;
  }
  input[type='range'] {
    flex: 1 1 10rem;
    accent-color: var(--_accent);
  }
  /* Nothing chosen yet: the slider sits at its middle only because it must sit somewhere, so it looks
     inactive (muted, faded) until the reader moves or clicks it. */
  input[type='range'].unset {
    accent-color: var(--_muted);
    opacity: 0.5;
  }
  .number {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  input[type='text'] {
    width: 4.5em;
    font: inherit;
    padding: 0.25rem 0.4rem;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    text-align: end;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  [part~='submit'] {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-radius: 999px;
    padding: 0.35rem 0.9rem;
    font-weight: 600;
  }
  .status {
    min-height: 1.5em;
    font-size: 0.875rem;
    margin-top: 0.5rem;
  }
  .status.failed,
  .hint.failed {
    color: var(--_error);
    font-weight: 600;
  }
  .hint {
    font-size: 0.8125rem;
    font-weight: 400;
  }
  [part~='result'] {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
    margin-top: 0.5rem;
  }
  .outcome {
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.35rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.2rem 0.9rem 0.2rem 0;
  }
  thead th {
    font-size: 0.8125rem;
    color: var(--_muted);
    font-weight: 600;
  }
  @media print {
    /* Controls are left out of print: the forecast form cannot be used on paper; the community forecast and any result print. */
    [part~='input'] {
      display: none;
    }
  }
`,
];
