import { css, unsafeCSS } from 'lit';
import { reservedHeightCss } from '../styles/reserved.js';

// The reserved height comes first, built from the table it shares with dist/reality-kit.css.
export const styles = [
  unsafeCSS(reservedHeightCss('vote-widget', ':host')),
  css`
  :host {
    --_gap: var(--vote-widget-gap, 0.5rem);
  }
  [part~='prompt'] {
    font-weight: 700;
    font-size: 1.0625rem;
  }
  .note {
    font-size: 0.875rem;
  }
  [part~='choices'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block: 0.75rem;
  }
  [part~='choice'] {
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    border-radius: 999px;
    padding: 0.35rem 0.9rem;
    font-weight: 600;
  }
  [part~='choice']:hover {
    background: var(--_surface);
  }
  [part~='choice'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* The chosen answer carries a check mark too, so the state is not told by colour alone. */
  [part~='choice'][aria-pressed='true']::before {
    content: '✓ ';
  }
  .status {
    min-height: 1.5em;
    font-size: 0.875rem;
  }
  .status.failed {
    color: var(--_error);
    font-weight: 600;
  }
  [part~='results'] {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  .total {
    font-size: 0.875rem;
    margin-bottom: 0.25rem;
  }
  .share {
    display: grid;
    grid-template-columns: minmax(6rem, 1fr) minmax(4rem, 2fr) 3.5em;
    gap: 0.5rem;
    align-items: center;
    padding-block: 0.15rem;
    font-variant-numeric: tabular-nums;
  }
  .share .value {
    text-align: end;
  }
  [part~='bar'] {
    width: 100%;
    height: 0.6rem;
  }
  @media print {
    /* Controls are left out of print: the choice buttons cannot be pressed on paper; the results, when shown, print. */
    [part~='choices'] {
      display: none;
    }
  }
`,
];
