/**
 * The height each element keeps while its story loads, and keeps as a minimum after: one table for
 * both the elements' own styles and `dist/reality-kit.css` (the snippet that reserves the space
 * before the script runs), so the two can never disagree.
 *
 * The defaults are the reference story's rendered height in a 42rem article column and in a phone's
 * (below a 40rem viewport), with the page's system font: with them the demo article does not move
 * when its story arrives. A publisher whose stories or layout differ sets the custom property,
 * e.g. `reality-meter { --reality-meter-min-height: 20rem; }`.
 */
export const RESERVED_HEIGHTS = {
  'reality-meter': { property: '--reality-meter-min-height', wide: '17.75rem', narrow: '31rem' },
  'source-list': { property: '--source-list-min-height', wide: '10rem', narrow: '11.5rem' },
  'glossary-list': { property: '--glossary-list-min-height', wide: '8rem', narrow: '8rem' },
  'vote-widget': { property: '--vote-widget-min-height', wide: '10.25rem', narrow: '13rem' },
  'prediction-card': { property: '--prediction-card-min-height', wide: '20.5rem', narrow: '26.5rem' },
} as const;

export type ReservedTag = keyof typeof RESERVED_HEIGHTS;

/** Below this viewport width the narrow heights apply. */
export const NARROW_VIEWPORT = '40rem';

/** CSS giving `selector` the reserved height of `tag` (wide, then narrow below the breakpoint). */
export function reservedHeightCss(tag: ReservedTag, selector: string, extra = ''): string {
  const { property, wide, narrow } = RESERVED_HEIGHTS[tag];
  return `${selector}{${extra}min-height:var(${property},${wide})}@media (max-width:${NARROW_VIEWPORT}){${selector}{min-height:var(${property},${narrow})}}`;
}

/** The badge (`<reality-meter variant="badge">`): one line, so one height for every viewport. */
export const BADGE_HEIGHT = { property: '--reality-meter-badge-min-height', height: '2.75rem' } as const;

/** CSS giving `selector` the badge's reserved height. */
export function badgeHeightCss(selector: string, extra = ''): string {
  return `${selector}{${extra}min-height:var(${BADGE_HEIGHT.property},${BADGE_HEIGHT.height})}`;
}

/** The whole `dist/reality-kit.css`. */
export function reservedSnippet(): string {
  const header = `/* reality-kit: put this before the script tag. Until the script has defined the elements, each tag
   gets the box it keeps while its story loads, so neither the upgrade nor the story's arrival moves
   the page. Override a height with the element's custom property, e.g.
   reality-meter { --reality-meter-min-height: 20rem; } */\n`;
  const rules = (Object.keys(RESERVED_HEIGHTS) as ReservedTag[]).map((tag) => reservedHeightCss(tag, `${tag}:not(:defined)`, 'display:block;'));
  // After the meter's own rule, and more specific, so a badge never reserves a full meter's height.
  rules.push(badgeHeightCss('reality-meter[variant="badge"]:not(:defined)', 'display:block;'));
  return header + rules.join('\n') + '\n';
}
