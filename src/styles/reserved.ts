/**
 * The height each element keeps while its story loads, and keeps as a minimum after: one table for
 * both the elements' own styles and `dist/reality-kit.css` (the snippet that reserves the space
 * before the script runs), so the two can never disagree.
 *
 * The height follows the element's own width (its column), not the viewport: a meter in a 320 px
 * column wraps to twice the height it takes in a 1,280 px one, whatever the window. `heights` gives,
 * for a column at least `width` px wide, the reference story's rendered height in rem there (the
 * tallest of English and German, the longest words among the shipped languages, with the page's
 * system font; both themes lay out alike); the first band starts at 0. Regenerate
 * with `node bench/cls.mjs --heights` after a change to an element's layout.
 *
 * A publisher whose stories or layout differ sets the custom property to one height for every
 * width, e.g. `reality-meter { --reality-meter-min-height: 20rem; }`.
 */
export const RESERVED_HEIGHTS = {
  'reality-meter': { property: '--reality-meter-min-height', heights: [[0, 38.17], [320, 33.96], [360, 30.86], [412, 27.48], [480, 24.4], [560, 21.02], [672, 17.64], [800, 16.04], [1120, 12.66]] },
  'source-list': { property: '--source-list-min-height', heights: [[0, 15.53], [320, 14.22], [360, 11.4], [480, 9.84]] },
  'glossary-list': { property: '--glossary-list-min-height', heights: [[0, 76.33], [320, 67.33], [360, 61.33], [412, 55.33], [480, 52.33], [560, 46.33], [672, 43.33], [800, 37.33], [960, 35.83], [1280, 34.33]] },
  'vote-widget': { property: '--vote-widget-min-height', heights: [[0, 14.3], [320, 12.99], [480, 10.17]] },
  'prediction-card': { property: '--prediction-card-min-height', heights: [[0, 29.76], [320, 28.01], [360, 26.42], [480, 23.07], [560, 20.45], [672, 18.86], [1120, 17.26]] },
} as const satisfies Record<string, { property: string; heights: readonly (readonly [number, number])[] }>;

export type ReservedTag = keyof typeof RESERVED_HEIGHTS;

/**
 * The reserved height of `tag` as one CSS length of the box's width (`100%` in a padding is the
 * width of the containing block): the widest band's height, plus, for each narrower band, a step of
 * the difference that is whole below the band's width and nothing from it on. A step is
 * `clamp(0px, (W - 100%) * 99, D)`: D for a width under W (less than a pixel of ramp for D under
 * 99 px), 0 from W on. Units: rem for heights, px for widths.
 */
function reservedHeight(tag: ReservedTag): string {
  const heights = RESERVED_HEIGHTS[tag].heights;
  const steps = heights.slice(1).map(([width, height], i) => `clamp(0px,(${width}px - 100%)*99,${+(heights[i][1] - height).toFixed(2)}rem)`);
  return `calc(${heights[heights.length - 1][1]}rem + ${steps.join(' + ')})`;
}

/**
 * CSS giving `selector` (the element once defined: `:host`) the reserved height of `tag`. A
 * `::before` of that height shares the one grid cell with the element's base part (or the page's
 * error fallback), so the base is stretched to it while the story loads and whenever the story is
 * shorter; a padding is the only height CSS computes from the width without a size container, and
 * a size container would collapse the element in a row that sizes it to its content.
 */
export function reservedHeightCss(tag: ReservedTag, selector: string): string {
  const { property } = RESERVED_HEIGHTS[tag];
  return (
    `${selector}{display:grid}` +
    `${selector}::before{content:'';grid-area:1/1;padding-top:var(${property},${reservedHeight(tag)})}` +
    `[part~='base'],::slotted(*){grid-area:1/1}` +
    // On paper the reserved height would only be blank space.
    `@media print{${selector}::before{content:none}}`
  );
}

/**
 * CSS for `dist/reality-kit.css`: the undefined tag (`selector`) holds the same height before the
 * script runs, with a zero-width float, so that any fallback content the page put inside it flows
 * beside it as usual.
 */
function undefinedHeightCss(tag: ReservedTag, selector: string): string {
  const { property } = RESERVED_HEIGHTS[tag];
  return `${selector}{display:flow-root}${selector}::before{content:'';float:inline-start;padding-top:var(${property},${reservedHeight(tag)})}`;
}

/** The badge (`<reality-meter variant="badge">`): one line, so one height for every viewport. */
export const BADGE_HEIGHT = { property: '--reality-meter-badge-min-height', height: '2.75rem' } as const;

/** CSS giving `selector` the badge's reserved height. */
export function badgeHeightCss(selector: string, extra = ''): string {
  return `${selector}{${extra}min-height:var(${BADGE_HEIGHT.property},${BADGE_HEIGHT.height})}${selector}::before{content:none}`;
}

/** The whole `dist/reality-kit.css`. */
export function reservedSnippet(): string {
  const header = `/* reality-kit: put this before the script tag. Until the script has defined the elements, each tag
   gets the box it keeps while its story loads, so neither the upgrade nor the story's arrival moves
   the page. Override a height with the element's custom property, e.g.
   reality-meter { --reality-meter-min-height: 20rem; } */\n`;
  const rules = (Object.keys(RESERVED_HEIGHTS) as ReservedTag[]).map((tag) => undefinedHeightCss(tag, `${tag}:not(:defined)`));
  // After the meter's own rule, and more specific, so a badge never reserves a full meter's height.
  rules.push(badgeHeightCss('reality-meter[variant="badge"]:not(:defined)', 'display:block;'));
  return header + rules.join('\n') + '\n';
}
