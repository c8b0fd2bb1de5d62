import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { referenceStory } from '../test/fixtures/index.js';
import { arabicStory, closedStory, emptyStory, germanStory, invalidStory, japaneseStory, longTextStory } from '../test/fixtures/stories.js';
import { commonArgs, commonArgTypes, hostAnswers, onDarkPage, ownReader, renderElement, shadowOf, type CommonArgs, type HostBehaviour } from './shared.js';

type Args = CommonArgs & { host: HostBehaviour };

const meta: Meta<Args> = {
  title: 'Elements/prediction-card',
  component: 'prediction-card',
  args: { ...commonArgs, story: referenceStory(), host: 'accept' },
  argTypes: {
    ...commonArgTypes,
    host: {
      control: 'inline-radio',
      options: ['accept', 'reject', 'never', 'cancel'],
      description: "The story's host page: accept the forecast, reject it after 0.3 s, never answer, or cancel the event.",
      table: { category: 'host page' },
    },
  },
  render: (args, context) => html`<div @prediction-submit=${hostAnswers(args.host)}>
    ${renderElement('prediction-card', { ...args, story: ownReader(args.story, context.id) })}
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Types a forecast and submits it the way a reader does. */
async function forecast(canvasElement: HTMLElement, percent: string) {
  const root = await shadowOf(canvasElement, 'prediction-card');
  const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
  // Testing Library cannot focus into a shadow root, so the typing is an input event, as a browser sends.
  input.value = percent;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await userEvent.click(root.querySelector<HTMLElement>('[part~="submit"]')!);
  return root;
}

export const Default: Story = {};
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const root = await forecast(canvasElement, '70');
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Thanks, your forecast is in: 70%.'));
  },
};
export const Pending: Story = {
  args: { host: 'never' },
  play: async ({ canvasElement }) => {
    const root = await forecast(canvasElement, '55');
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Sending your forecast…'));
  },
};
export const Rejected: Story = {
  name: 'Rejected (rolled back)',
  args: { host: 'reject' },
  play: async ({ canvasElement }) => {
    const root = await forecast(canvasElement, '20');
    await waitFor(() => expect(root.querySelector('[part~="status"]')?.textContent?.trim()).toBe('Your forecast could not be saved. Please try again.'));
  },
};
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const root = await forecast(canvasElement, '1e2');
    await waitFor(() => expect(root.querySelector('input[type="text"]')?.getAttribute('aria-invalid')).toBe('true'));
  },
};
export const Closed: Story = { args: { story: closedStory() } };
export const Resolved: Story = { args: { story: closedStory({ outcome: false }) } };
export const CommunityGiven: Story = {
  args: { story: { ...referenceStory(), prediction: { ...referenceStory().prediction!, community: { probability: 0.62, count: 1840 } } } },
};
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory() } };
export const LongText: Story = { args: { story: longTextStory() } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl' } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja' } };
export const German: Story = { args: { story: germanStory(), lang: 'de' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
