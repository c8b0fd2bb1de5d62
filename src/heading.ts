/**
 * Headings at the level the page's outline needs (`heading-level`, 2–6). Native `<h2>`…`<h6>`, one
 * template per level: Lit cannot bind a tag name, and a static-html template would cost more bytes
 * than these five lines.
 */
import { html, type TemplateResult } from 'lit';

/** `heading-level` read as a whole number from 2 to 6; anything else is `fallback`. */
export function headingLevel(value: unknown, fallback = 3): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : fallback;
}

/** A heading of `level` (clamped to 6, for sub-headings of a level-6 heading) with a class for styling. */
export function heading(level: number, className: string, content: unknown): TemplateResult {
  switch (Math.min(level, 6)) {
    case 2:
      return html`<h2 class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    default:
      return html`<h6 class=${className}>${content}</h6>`;
  }
}
