import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory, manyItemsStory } from '../test/fixtures/stories.js';
import { commonArgs, commonArgTypes, onDarkPage, renderElement, shadowOf, type CommonArgs } from './shared.js';

const meta: Meta<CommonArgs> = {
  title: 'Elements/source-list',
  component: 'source-list',
  args: { ...commonArgs, story: referenceStory() },
  argTypes: commonArgTypes,
  render: (args) => renderElement('source-list', args),
};
export default meta;
type Story = StoryObj<CommonArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'source-list');
    await expect(root.querySelector('[part~="summary"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 source on file · Avg trust 40/100');
  },
};
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory() } };
export const UnsafeLinks: Story = {
  args: {
    story: {
      ...emptyStory(),
      sources: [
        { id: 'js', name: 'A javascript: URL (shown as text)', url: 'javascript:alert(1)', trust: 10, kind: 'other' },
        { id: 'homograph', name: 'A homograph host (shown in punycode)', url: 'https://аpple.com/', trust: 20, kind: 'social' },
        { id: 'mail', name: 'Press office', url: 'mailto:press@example.org', trust: 70, kind: 'official' },
      ],
    },
  },
};
export const LongText: Story = { args: { story: longTextStory() } };
export const ManyItems: Story = { args: { story: manyItemsStory() } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl' } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja' } };
export const German: Story = { args: { story: germanStory(), lang: 'de' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
