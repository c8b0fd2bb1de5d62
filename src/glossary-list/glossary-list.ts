import { LitElement, html, nothing } from 'lit';
import { LocaleController } from '../controllers/locale-controller.js';
import { languageStrings } from '../i18n/load.js';
import { formatters, translator } from '../i18n/strings.js';
import { FragmentController } from '../controllers/fragment-controller.js';
import { StoryController } from '../controllers/story-controller.js';
import { renderRootIn, restyleIn } from '../styles/documents.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { storyStatus } from '../templates.js';
import { styles } from './glossary-list.styles.js';
import { termIds } from './term-id.js';

/** Every fixed text of the glossary; replace any of them through the `strings` property. */
export const GLOSSARY_LIST_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  label: 'Glossary',
  empty: 'No glossary for this story.',
};
export type GlossaryListStrings = typeof GLOSSARY_LIST_STRINGS;

/**
 * The story's glossary as a description list: each term a `<dfn id="term-…">` with its definition.
 * A page address ending in `#term-…` scrolls that term into view and marks it (on load and on
 * `hashchange`), since a fragment cannot reach into a shadow root by itself.
 *
 * @tag glossary-list
 * @summary The terms a story uses, defined.
 *
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart list - The description list.
 * @csspart term - A term (`<dt>` holding the `<dfn>`).
 * @csspart definition - A definition.
 * @csspart error - The error message.
 *
 * @cssproperty --glossary-list-min-height - Height reserved while the story loads, and kept as a minimum. Unset, it follows the element's width: the reference story's height there (67.33rem in a 320 px column, 43.33rem at 672 px, 34.33rem from 1,280 px).
 * @cssproperty --reality-font - Font family (default: inherited from the page).
 * @cssproperty --reality-bg - Background colour.
 * @cssproperty --reality-fg - Text colour.
 * @cssproperty --reality-muted - Secondary text colour.
 * @cssproperty --reality-border - Border colour.
 * @cssproperty --reality-accent - Marks the term the address points at.
 * @cssproperty --reality-error - Error text colour.
 * @cssproperty --reality-radius - Corner radius.
 * @cssproperty --reality-space - Inner spacing.
 */
export class GlossaryList extends LitElement {
  /** Lit's reactive properties: the public ones below, each with its attribute (`strings` has none). */
  static override properties = {
    story: {},
    src: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  static override styles = [sharedStyles, styles];

  // In whatever document the element is in (a same-origin frame too): see styles/documents.ts.
  protected override createRenderRoot() {
    return renderRootIn(this, () => super.createRenderRoot());
  }

  adoptedCallback(): void {
    restyleIn(this);
  }

  /**
   * The story: an object, or a JSON string (also as the `story` attribute, for server output and
   * frameworks that only set attributes). Takes precedence over `src` and an inline child.
   */
  story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  src: string | null = null;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `GLOSSARY_LIST_STRINGS`). */
  strings: Partial<GlossaryListStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);

  /** Loads the story again: a `src` file is fetched anew, past the page's shared cache. */
  reload(): void {
    this.#story.reload();
  }
  /** Marks and scrolls to the term the page's address names, as a native fragment would. */
  readonly #fragment = new FragmentController(this, (id) => this.renderRoot.querySelector<HTMLElement>(`dfn[id="${CSS.escape(id)}"]`));

  protected override willUpdate(): void {
    this.#story.sync();
  }

  protected override render() {
    const t = translator(GLOSSARY_LIST_STRINGS, this.strings, formatters(this.#locale.lang).plural, languageStrings(this.#locale.lang, 'glossary-list', GLOSSARY_LIST_STRINGS, this));
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const glossary = state.story.glossary ?? [];
    const ids = termIds(glossary.map((entry) => entry.term));
    return html`<section part="base" dir=${this.#locale.dir} aria-label=${t('label')}>
      ${glossary.length === 0
        ? html`<p class="muted">${t('empty')}</p>`
        : html`<dl part="list">
            ${glossary.map(
              (entry, i) => html`<div class="entry">
                <dt part="term"><dfn dir="auto" id=${ids[i]} aria-current=${ids[i] === this.#fragment.current ? 'true' : nothing}>${entry.term}</dfn></dt>
                <dd part="definition" dir="auto">${entry.definition}</dd>
              </div>`,
            )}
          </dl>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-list': GlossaryList;
  }
}
