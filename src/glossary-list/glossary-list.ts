import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { languageStrings } from '../i18n/load.js';
import { formatters, translator } from '../i18n/strings.js';
import { StoryController } from '../story/story-controller.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { storyStatus } from '../templates.js';
import { styles } from './glossary-list.styles.js';
import { fragmentTermId, termIds } from './term-id.js';

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
 *
 * @csspart base - The outermost box.
 * @csspart list - The description list.
 * @csspart term - A term (`<dt>` holding the `<dfn>`).
 * @csspart definition - A definition.
 * @csspart error - The error message.
 *
 * @cssproperty [--glossary-list-min-height=8rem] - Height reserved while the story loads, and kept as a minimum.
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
  static override styles = [sharedStyles, styles];

  /** The story: an object or a JSON string. Takes precedence over `src` and an inline child. */
  @property({ attribute: false }) story: unknown = undefined;

  /** URL of a story JSON file, or `#id` of a `<script type="application/json">` on the page. */
  @property({ reflect: true }) src: string | null = null;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `GLOSSARY_LIST_STRINGS`). */
  @property({ attribute: false }) strings: Partial<GlossaryListStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);
  /** The id of the term the page's address points at, if it is one of ours. */
  #current = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(): void {
    this.#story.sync();
  }

  protected override render() {
    const t = translator(GLOSSARY_LIST_STRINGS, this.strings, formatters(this.#locale.lang).plural, languageStrings(this.#locale.lang, 'glossary-list', this));
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
                <dt part="term"><dfn dir="auto" id=${ids[i]} aria-current=${ids[i] === this.#current ? 'true' : nothing}>${entry.term}</dfn></dt>
                <dd part="definition" dir="auto">${entry.definition}</dd>
              </div>`,
            )}
          </dl>`}
    </section>`;
  }

  protected override updated(): void {
    this.#followHash();
  }

  readonly #onHashChange = () => {
    this.#setCurrent('');
    this.#followHash();
  };

  /** The marked term changes only here, so the mark on screen always follows it. */
  #setCurrent(id: string): void {
    if (id === this.#current) return;
    this.#current = id;
    this.requestUpdate();
  }

  /** Scrolls to and marks the term named by `location.hash`, once per address. */
  #followHash(): void {
    // Raw or percent-encoded, normalised as the ids are (NFC), so `#term-मॉडल-वेट्स` finds its term.
    const hash = fragmentTermId(location.hash);
    if (hash === null || hash === this.#current) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`dfn[id="${CSS.escape(hash)}"]`);
    if (!target) return;
    this.#setCurrent(hash);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-list': GlossaryList;
  }
}
