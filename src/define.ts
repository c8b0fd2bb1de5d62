/**
 * `reality-kit/define.js` (and, bundled with Lit, `reality-kit.js`): defines all five elements. Each
 * per-element module defines one, idempotently, so loading the bundle twice, or the bundle and this
 * module, never throws. Exports the classes too: a TypeScript user who imports this module gets the
 * tags (`HTMLElementTagNameMap`) and events (`HTMLElementEventMap`) typed.
 */
export { TAGS } from './tags.js';
export * from './define/reality-meter.js';
export * from './define/source-list.js';
export * from './define/glossary-list.js';
export * from './define/vote-widget.js';
export * from './define/prediction-card.js';
