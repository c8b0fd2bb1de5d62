import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory, manyItemsStory } from '../test/fixtures/stories.js';
import { commonArgs, commonArgTypes, onDarkPage, renderElement, shadowOf, type CommonArgs } from './shared.js';

const meta: Meta<CommonArgs> = {
  title: 'Elements/glossary-list',
  component: 'glossary-list',
  args: { ...commonArgs, story: referenceStory() },
  argTypes: commonArgTypes,
  render: (args) => renderElement('glossary-list', args),
};
export default meta;
type Story = StoryObj<CommonArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'glossary-list');
    await expect(root.querySelectorAll('dfn').length).toBe(6);
    await expect(root.querySelector('dfn')?.id).toBe('term-bis-entity-list');
  },
};
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory() } };
export const LongText: Story = { args: { story: longTextStory() } };
export const ManyItems: Story = { args: { story: manyItemsStory() } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl' } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja' } };
export const German: Story = { args: { story: germanStory(), lang: 'de' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
