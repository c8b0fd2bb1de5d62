/**
 * The styles every element shares: the theme tokens (public `--reality-*` properties, read through
 * private `--_*` aliases), light and dark palettes, the card, focus ring, error and loading states,
 * a visually-hidden helper, and reduced motion. Colours are chosen for WCAG AA on their background.
 */
import { css, unsafeCSS } from 'lit';

/**
 * The two palettes, as `--_*` declarations: the public `--reality-*` property where a host may set
 * one, else the theme's own colour. Plain text built once, because the light palette is used twice
 * (the default and print) and the dark one twice (the `theme` attribute and the reader's setting).
 */
const palette = (scheme: 'light' | 'dark', colours: Record<string, string>) =>
  `color-scheme:${scheme};` +
  Object.entries(colours)
    .map(([name, colour]) => (name.startsWith('band-') || name === 'track' ? `--_${name}:${colour};` : `--_${name}:var(--reality-${name},${colour});`))
    .join('');

const light = palette('light', {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#57606a',
  surface: '#f3f5f7',
  border: '#c9d1d9',
  accent: '#0a58ca',
  'accent-contrast': '#ffffff',
  focus: '#0a58ca',
  error: '#b42318',
  'band-unsupported': '#b42318',
  'band-doubtful': '#a64200',
  'band-unsettled': '#7d5a00',
  'band-likely': '#1a7f37',
  'band-well-supported': '#0f5c2a',
  track: '#e1e6eb',
});

const dark = palette('dark', {
  bg: '#16181d',
  fg: '#e6edf3',
  muted: '#a4afbb',
  surface: '#20242b',
  border: '#414a55',
  accent: '#79b8ff',
  'accent-contrast': '#0b1220',
  focus: '#79b8ff',
  error: '#ff9b8f',
  'band-unsupported': '#ff9b8f',
  'band-doubtful': '#ffab70',
  'band-unsettled': '#e3b341',
  'band-likely': '#6fdd8b',
  'band-well-supported': '#8ef0a7',
  track: '#333a44',
});

/** The palettes by theme: light by default, dark by attribute or by the reader's setting; light on paper. */
const palettes = unsafeCSS(
  `:host{${light}}:host([theme='dark']){${dark}}@media (prefers-color-scheme:dark){:host(:not([theme='light'])){${dark}}}` +
    `@media print{:host,:host([theme]){${light}}}`,
);

export const sharedStyles = [
  palettes,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--reality-font, inherit);
    line-height: 1.5;
    color: var(--_fg);
    --_radius: var(--reality-radius, 0.5rem);
    --_space: var(--reality-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* The error box is the fallback content of the error slot: it keeps the host's reserved height. */
  slot[name='error'] {
    min-height: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    height: 100%;
    min-height: inherit;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .muted {
    color: var(--_muted);
  }
  .loading {
    color: var(--_muted);
  }
  [part~='error'] {
    color: var(--_error);
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .bar-track {
    fill: var(--_track);
  }
  .bar-fill {
    fill: var(--_accent);
  }
  /* The 95% interval: a thin band in the text colour across the bar's end. */
  .bar-interval {
    fill: var(--_fg);
    opacity: 0.55;
  }
  /* Story text takes its own direction (dir="auto") but lines up with the card: an English claim in
     an Arabic card reads left to right and still sits on the right. */
  [dir='auto'] {
    text-align: match-parent;
    /* Chromium 156 knows only the prefixed form. */
    text-align: -webkit-match-parent;
  }
  /* Bars fill from the inline start, so in right-to-left text they grow from the right. */
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
  @media print {
    /* Paper is white whatever the screen's theme (the light palette, above), with no reader
       controls. A min-height (the badge's reserved one, or the page's) is dropped: on paper it would
       only be blank space. The other elements' reserved height is dropped by reality-kit.css. */
    :host,
    :host([theme]) {
      min-height: 0 !important;
    }
    button,
    input,
    select,
    textarea {
      display: none !important;
    }
    [part~='base'] {
      break-inside: avoid-page;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`,
];
