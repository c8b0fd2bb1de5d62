import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory, manyItemsStory } from '../test/fixtures/stories.js';
import { commonArgs, commonArgTypes, onDarkPage, renderElement, shadowOf, type CommonArgs } from './shared.js';

type Args = CommonArgs & { open: boolean };

const meta: Meta<Args> = {
  title: 'Elements/reality-meter',
  component: 'reality-meter',
  args: { ...commonArgs, story: referenceStory(), open: false },
  argTypes: { ...commonArgTypes, open: { control: 'boolean', description: 'Attribute `open`: shows "Why this score?".', table: { category: 'state' } } },
  render: (args) => renderElement('reality-meter', args, { open: args.open }),
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
