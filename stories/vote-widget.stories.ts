import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory } from '../test/fixtures/stories.js';
import { commonArgs, commonArgTypes, hostAnswers, onDarkPage, ownReader, renderElement, shadowOf, type CommonArgs, type HostBehaviour } from './shared.js';

type Args = CommonArgs & { reveal: boolean; host: HostBehaviour };

const meta: Meta<Args> = {
  title: 'Elements/vote-widget',
  component: 'vote-widget',
  args: { ...commonArgs, story: referenceStory(), reveal: false, host: 'accept' },
  argTypes: {
    ...commonArgTypes,
    reveal: { control: 'boolean', description: 'Attribute `reveal`: shows the community read before the reader votes.', table: { category: 'state' } },
    host: {
      control: 'inline-radio',
      options: ['accept', 'reject', 'never', 'cancel'],
      description: "The story's host page: accept the vote, reject it after 0.3 s, never answer, or cancel the event.",
      table: { category: 'host page' },
    },
  },
  render: (args, context) => html`<div @vote-cast=${hostAnswers(args.host)}>
    ${renderElement('vote-widget', { ...args, story: ownReader(args.story, context.id) }, { reveal: args.reveal })}
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Clicks the choice at `index` the way a reader does. */
async function choose(canvasElement: HTMLElement, index: number) {
  const root = await shadowOf(canvasElement, 'vote-widget');
  await userEvent.click(root.querySelectorAll<HTMLElement>('[part~="choice"]')[index]);
  return root;
}

export const Default: Story = {};
export const Voted: Story = {
  play: async ({ canvasElement }) => {
    const root = await choose(canvasElement, 1);
    await waitFor(() => expect(root.querySelector('[part~="results"]')).not.toBeNull());
  },
};
export const Pending: Story = {
  args: { host: 'never' },
  play: async ({ canvasElement }) => {
    const root = await choose(canvasElement, 0);
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Sending your read…'));
  },
};
export const Rejected: Story = {
  name: 'Rejected (rolled back)',
  args: { host: 'reject' },
  play: async ({ canvasElement }) => {
    const root = await choose(canvasElement, 2);
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Your read could not be saved. Please try again.'));
  },
};
export const Cancelled: Story = {
  args: { host: 'cancel' },
  play: async ({ canvasElement }) => {
    const root = await choose(canvasElement, 0);
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Your read was not accepted.'));
  },
};
export const Revealed: Story = { args: { reveal: true } };
export const TooFewReads: Story = { args: { reveal: true, story: { ...referenceStory(), read: { ...referenceStory().read!, counts: { 'holds-up': 3, overhyped: 2 } } } } };
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory() } };
export const LongText: Story = { args: { story: longTextStory(), reveal: true } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl', reveal: true } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja', reveal: true } };
export const German: Story = { args: { story: germanStory(), lang: 'de', reveal: true } };
export const Dark: Story = { args: { theme: 'dark', reveal: true }, decorators: [onDarkPage] };

/** The most choices a read may have (seven), with counts, after the reader voted. */
export const SevenChoices: Story = {
  args: {
    reveal: true,
    story: {
      ...referenceStory(),
      read: {
        prompt: 'How will the export curbs play out?',
        choices: [
          { id: 'holds-up', label: 'Holds up' },
          { id: 'mostly', label: 'Mostly holds up' },
          { id: 'mixed', label: 'Mixed' },
          { id: 'overstated', label: 'Overstated' },
          { id: 'overhyped', label: 'Overhyped' },
          { id: 'wrong', label: 'Wrong' },
          { id: 'too-early', label: 'Too early to tell' },
        ],
        counts: { 'holds-up': 31, mostly: 44, mixed: 27, overstated: 19, overhyped: 52, wrong: 8, 'too-early': 61 },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'vote-widget');
    await expect(root.querySelectorAll('[part~="choice"]').length).toBe(7);
  },
};
