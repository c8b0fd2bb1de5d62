/**
 * Small templates more than one element renders. Plain functions, no state.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { StoryState } from './controllers/story-controller.js';
import type { SafeLink } from './story/url.js';

/**
 * A horizontal bar for `value` out of `max`, drawn in SVG so its length is an attribute, not an inline
 * style (inline styles break under `style-src 'self'`). `interval` ([low, high], in the same unit)
 * adds a band around the bar's end. Decorative: the numbers are always in the text. It fills from the
 * inline start: the SVG mirrors itself in right-to-left text (see `.bar` in the shared styles).
 */
export function bar(value: number, max: number, part = '', interval?: readonly [number, number]): TemplateResult {
  const percent = (v: number) => (max > 0 ? Math.max(0, Math.min(100, (v / max) * 100)) : 0);
  const width = percent(value);
  const band = interval ? [percent(interval[0]), percent(interval[1])] : null;
  return html`<svg class="bar" part=${part || nothing} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="bar-track" x="0" y="0" width="100" height="8" rx="4"></rect>
    <rect class="bar-fill" x="0" y="0" width=${width.toFixed(2)} height="8" rx="4"></rect>
    ${band ? svg`<rect class="bar-interval" x=${band[0].toFixed(2)} y="2.5" width=${(band[1] - band[0]).toFixed(2)} height="3"></rect>` : nothing}`}
  </svg>`;
}

/**
 * A source's name as a link to `link` (a URL that passed `safeUrl`): an http(s) link opens in a new
 * tab without an opener or referrer and says so to screen readers (`newTab`); a `mailto:` opens in
 * place. The name is story text, rendered as text.
 */
export function sourceLink(name: string, link: SafeLink, newTab: string, attrs: { part?: string; className?: string } = {}): TemplateResult {
  return html`<a
    part=${attrs.part ?? nothing}
    class=${attrs.className ?? nothing}
    dir="auto"
    href=${link.href}
    target=${link.external ? '_blank' : nothing}
    rel=${link.external ? 'noopener noreferrer' : nothing}
    >${name}<span class="visually-hidden"> ${link.external ? newTab : ''}</span></a
  >`;
}

/**
 * What an element shows before its story is ready: a quiet loading line (the element keeps its
 * reserved height) or the one-line error (docs/story-format.md, "Errors"). `null` when the story is
 * ready. The error box is the fallback content of the `error` slot, so a page that gives the element
 * a child with `slot="error"` shows its own fallback in its place.
 */
export function storyStatus(state: StoryState, t: (key: 'loading' | 'error', values?: Record<string, string>) => string): TemplateResult | null {
  if (state.status === 'loading' || state.status === 'empty') {
    return html`<div part="base" class="placeholder"><p class="loading">${t('loading')}</p></div>`;
  }
  if (state.status === 'error') {
    return html`<slot name="error"><div part="base"><p part="error" role="alert">${t('error', { message: state.error.message })}</p></div></slot>`;
  }
  return null;
}
