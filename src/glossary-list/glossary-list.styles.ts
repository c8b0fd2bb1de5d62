import { css, unsafeCSS } from 'lit';
import { reservedHeightCss } from '../styles/reserved.js';

// The reserved height comes first, built from the table it shares with dist/reality-kit.css.
export const styles = [
  unsafeCSS(reservedHeightCss('glossary-list', ':host')),
  css`
  .entry {
    padding-block: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .entry:first-child {
    border-top: 0;
    padding-top: 0;
  }
  [part~='term'] {
    font-weight: 700;
  }
  dfn {
    font-style: normal;
    scroll-margin-block: 4rem;
    border-radius: 2px;
  }
  dfn[aria-current='true'] {
    /* The term the page's #term-… address points at: an outline and a marker, not colour alone. */
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  dfn[aria-current='true']::after {
    content: ' ◀';
    color: var(--_accent);
  }
  :host([dir='rtl']) dfn[aria-current='true']::after,
  [dir='rtl'] dfn[aria-current='true']::after {
    content: ' ▶';
  }
  [part~='definition'] {
    margin: 0.15rem 0 0;
  }
`,
];
