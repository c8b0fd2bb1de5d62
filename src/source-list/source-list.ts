import { LitElement, html, nothing } from 'lit';
import { averageTrust } from '../core/index.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { languageStrings } from '../i18n/load.js';
import { formatters, translator, type Formatters, type Translator } from '../i18n/strings.js';
import type { Source } from '../story/schema.js';
import { StoryController } from '../controllers/story-controller.js';
import { safeUrl } from '../story/url.js';
import { renderRootIn, restyleIn } from '../styles/documents.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { bar, sourceLink, storyStatus } from '../templates.js';
import { styles } from './source-list.styles.js';

/** Every fixed text of the source list; replace any of them through the `strings` property. */
export const SOURCE_LIST_STRINGS = {
  loading: 'Loading the story…',
  error: 'This story could not be shown: {message}',
  label: 'Sources',
  sourcesNone: 'No sources on file',
  sources_one: '{count} source on file',
  sources_other: '{count} sources on file',
  averageTrust: 'Avg trust {trust}/{max}',
  summary: '{sources} · {trust}',
  trust: 'Trust {trust}/{max}',
  published: 'Published {date}',
  newTab: '(opens in a new tab)',
  kindNews: 'News',
  kindOfficial: 'Official',
  kindPrimary: 'Primary source',
  kindAcademic: 'Academic',
  kindSocial: 'Social media',
  kindOther: 'Other',
};
export type SourceListStrings = typeof SOURCE_LIST_STRINGS;

type T = Translator<SourceListStrings>;

/** Each kind's text; a kind added to the story format without one fails to compile. */
const KIND_KEYS: Record<NonNullable<Source['kind']>, keyof SourceListStrings> = {
  news: 'kindNews',
  official: 'kindOfficial',
  primary: 'kindPrimary',
  academic: 'kindAcademic',
  social: 'kindSocial',
  other: 'kindOther',
};

/**
 * The story's sources: "N sources on file · Avg trust X/100", then each source's name (a link only when
 * its URL passes the safe-URL rule, with the host shown beside it), kind, trust with a bar, and note.
 *
 * @tag source-list
 * @summary The sources behind a story, with their trust.
 *
 * @fires {StoryLoadEvent} story-load - The story arrived and is valid. `detail: { story }`.
 * @fires {StoryErrorEvent} story-error - The story could not be loaded or is invalid. `detail: { kind, message, issues }`.
 *
 * @slot - An optional `<script type="application/json">` child holding the story.
 * @slot error - The page's own fallback, shown instead of the error message when the story cannot be shown.
 *
 * @csspart base - The outermost box.
 * @csspart summary - "N sources on file · Avg trust X/100".
 * @csspart list - The list of sources.
 * @csspart source - One source.
 * @csspart link - A source's link (only for safe URLs).
 * @csspart host - The host name shown beside a source's link.
 * @csspart kind - A source's kind (news, official, …).
 * @csspart note - A source's note.
 * @csspart trust - A source's trust figure and bar.
 * @csspart error - The error message.
 *
 * @cssproperty --source-list-min-height - Height reserved while the story loads, and kept as a minimum. Unset, it follows the element's width: the reference story's height there (14.22rem in a 320 px column, 9.84rem from 480 px).
 * @cssproperty --reality-font - Font family (default: inherited from the page).
 * @cssproperty --reality-bg - Background colour.
 * @cssproperty --reality-fg - Text colour.
 * @cssproperty --reality-muted - Secondary text colour.
 * @cssproperty --reality-surface - Background of chips.
 * @cssproperty --reality-border - Border colour.
 * @cssproperty --reality-accent - Links and bars.
 * @cssproperty --reality-focus - Focus ring colour.
 * @cssproperty --reality-error - Error text colour.
 * @cssproperty --reality-radius - Corner radius.
 * @cssproperty --reality-space - Inner spacing.
 */
export class SourceList extends LitElement {
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

  /** Replacements for fixed texts, key → text with `{name}` placeholders (see `SOURCE_LIST_STRINGS`). */
  strings: Partial<SourceListStrings> = {};

  readonly #story = new StoryController(this);
  readonly #locale = new LocaleController(this);

  /** Loads the story again: a `src` file is fetched anew, past the page's shared cache. */
  reload(): void {
    this.#story.reload();
  }

  protected override willUpdate(): void {
    this.#story.sync();
  }

  protected override render() {
    const f = formatters(this.#locale.lang);
    const t = translator(SOURCE_LIST_STRINGS, this.strings, f.plural, languageStrings(this.#locale.lang, 'source-list', SOURCE_LIST_STRINGS, this));
    const state = this.#story.state;
    const status = storyStatus(state, t);
    if (status || state.status !== 'ready') return status;
    const sources = state.story.sources;
    const average = averageTrust(sources);
    const max = f.integer.format(100);
    const count = sources.length === 0 ? t('sourcesNone') : t.count('sources', sources.length, { count: f.integer.format(sources.length) });
    // One string, not a nested template: a template instance per element costs memory at scale.
    const summary = average === null ? count : t('summary', { sources: count, trust: t('averageTrust', { trust: f.integer.format(average), max }) });
    return html`<section part="base" dir=${this.#locale.dir} aria-label=${t('label')}>
      <p part="summary">${summary}</p>
      ${sources.length === 0 ? nothing : html`<ul part="list">${sources.map((s) => this.#renderSource(s, t, f, max))}</ul>`}
    </section>`;
  }

  // Story text (names, notes) gets its own direction (`dir="auto"`, `<bdi>`): an English source name
  // in an Arabic list keeps its full stop at its end.
  #renderSource(source: Source, t: T, f: Formatters, max: string) {
    const link = safeUrl(source.url);
    const published = source.publishedAt ? new Date(source.publishedAt) : null;
    return html`<li part="source">
      <div class="meta">
        ${link
          ? html`${sourceLink(source.name, link, t('newTab'), { part: 'link', className: 'name' })}<bdi part="host" class="host muted">${link.text}</bdi>`
          : html`<bdi class="name">${source.name}</bdi>`}
        ${source.kind ? html`<span part="kind" class="kind">${t(KIND_KEYS[source.kind])}</span>` : nothing}
        ${published && !Number.isNaN(published.getTime())
          ? html`<span class="date muted">${t('published', { date: f.date.format(published) })}</span>`
          : nothing}
      </div>
      <div part="trust"><span>${t('trust', { trust: f.integer.format(source.trust), max })}</span>${bar(source.trust, 100)}</div>
      ${source.note ? html`<p part="note" class="note muted" dir="auto">${source.note}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
