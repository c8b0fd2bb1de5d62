/**
 * Small templates more than one element renders. Plain functions, no state.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { StoryState } from './story/story-controller.js';

/**
 * A horizontal bar for `value` out of `max`, drawn in SVG so its length is an attribute, not an inline
 * style (inline styles break under `style-src 'self'`). Decorative: the number is always in the text.
 */
export function bar(value: number, max: number, part = ''): TemplateResult {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return html`<svg class="bar" part=${part || nothing} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="bar-track" x="0" y="0" width="100" height="8" rx="4"></rect>
    <rect class="bar-fill" x="0" y="0" width=${width.toFixed(2)} height="8" rx="4"></rect>`}
  </svg>`;
}

/**
 * What an element shows before its story is ready: a quiet loading line (the element keeps its
 * reserved height) or the one-line error of STORY-FORMAT.md. `null` when the story is ready.
 */
export function storyStatus(state: StoryState, t: (key: 'loading' | 'error', values?: Record<string, string>) => string): TemplateResult | null {
  if (state.status === 'loading' || state.status === 'empty') {
    return html`<div part="base" class="placeholder"><p class="loading">${t('loading')}</p></div>`;
  }
  if (state.status === 'error') {
    return html`<div part="base"><p part="error" role="alert">${t('error', { message: state.error.message })}</p></div>`;
  }
  return null;
}
