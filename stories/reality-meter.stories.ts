import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory, manyItemsStory } from '../test/fixtures/stories.js';
import { html } from 'lit';
import { DESIGNER_ARGS, commonArgs, commonArgTypes, onDarkPage, renderElement, shadowOf, type CommonArgs } from './shared.js';

type Args = CommonArgs & { open: boolean; variant: 'full' | 'badge' };

const meta: Meta<Args> = {
  title: 'Elements/reality-meter',
  component: 'reality-meter',
  args: { ...commonArgs, story: referenceStory(), open: false, variant: 'full' },
  argTypes: {
    ...commonArgTypes,
    open: { control: 'boolean', description: 'Attribute `open`: shows "Why this score?".', table: { category: 'state' } },
    variant: { control: 'inline-radio', options: ['full', 'badge'], description: 'Attribute `variant`: `badge` is one compact line for article lists.', table: { category: 'appearance' } },
  },
  render: (args) => renderElement('reality-meter', args, { open: args.open, variant: args.variant }),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'reality-meter');
    await expect(root.querySelector('[part~="score"]')?.textContent).toBe('34');
  },
};
export const Open: Story = { args: { open: true } };
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory(), open: true } };
export const LongText: Story = { args: { story: longTextStory(), open: true } };
export const ManyItems: Story = { args: { story: manyItemsStory(), open: true } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl', open: true } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja' } };
export const German: Story = { args: { story: germanStory(), lang: 'de' } };
/** The toolbar's Language set to Arabic (as a story's `globals`): the meter in Arabic, right to left, its story text isolated. */
export const ToolbarArabic: Story = {
  name: 'Toolbar language: Arabic',
  args: { open: true },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'reality-meter');
    await expect(root.querySelector('[part~="band"]')?.textContent?.trim()).toBe('مشكوك فيه');
    await expect(root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    await expect(root.querySelector('[part~="claim"]')?.matches(':dir(ltr)')).toBe(true);
  },
};
/** `heading-level="2"`: the breakdown's headings are h2, the stance headings h3. */
export const HeadingLevel2: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    const meter = canvasElement.querySelector('reality-meter')!;
    meter.setAttribute('heading-level', '2');
    const root = await shadowOf(canvasElement, 'reality-meter');
    await (meter as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect([...new Set([...root.querySelectorAll('h2, h3, h4')].map((h) => h.localName))]).toEqual(['h2', 'h3']);
  },
};
export const Dark: Story = { args: { theme: 'dark', open: true }, decorators: [onDarkPage] };

/** For article lists and homepages: gauge, score and band on one line; "Why this score?" on demand. */
export const Badge: Story = {
  args: { variant: 'badge' },
  play: async ({ canvasElement, argTypes }) => {
    const root = await shadowOf(canvasElement, 'reality-meter');
    await expect(root.querySelector('[part~="score"]')?.textContent).toBe('34');
    await expect(root.querySelector('[part~="band"]')?.textContent?.trim()).toBe('Doubtful');
    await expect(root.querySelector('[part~="meter"]')?.getAttribute('aria-valuetext')).toBe('34 of 100: Doubtful');
    await expect((canvasElement.querySelector('reality-meter') as HTMLElement).getBoundingClientRect().height).toBeLessThan(64);
    // Controls only for what a designer sets: no "Set object" for events, parts or slots.
    const controlled = Object.entries(argTypes)
      .filter(([, t]) => t.control !== false && t.control !== undefined && !t.table?.disable)
      .map(([name]) => name);
    await expect(controlled.filter((name) => !DESIGNER_ARGS.includes(name))).toEqual([]);
    const summary = root.querySelector('summary') as HTMLElement;
    summary.click();
    await expect(await waitForFactors(root)).toBe(4);
  },
};

async function waitForFactors(root: ShadowRoot): Promise<number> {
  for (let i = 0; i < 40 && root.querySelectorAll('[part~="factor"]').length === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
  return root.querySelectorAll('[part~="factor"]').length;
}

/** Badges in a list of articles, as a homepage would show them. */
export const BadgeInAList: Story = {
  args: { variant: 'badge' },
  render: (args) => html`<ul style="list-style:none;padding:0;max-width:36rem">
    ${[referenceStory(), germanStory(), longTextStory()].map(
      (story) => html`<li style="padding:0.75rem 0;border-bottom:1px solid #ccc">
        <a href="#article">${story.headline}</a>
        ${renderElement('reality-meter', { ...args, story }, { variant: 'badge' })}
      </li>`,
    )}
  </ul>`,
};
export const BadgeDark: Story = { args: { variant: 'badge', theme: 'dark' }, decorators: [onDarkPage] };
export const BadgeRTL: Story = { args: { variant: 'badge', story: arabicStory(), lang: 'ar', dir: 'rtl' } };
