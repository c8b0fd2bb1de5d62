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
/** Resolved, and the reader forecast 30% before it closed: their Brier and Baseline scores beside the community's. */
export const ResolvedWithYourScore: Story = {
  name: 'Resolved, with your score',
  args: { story: closedStory({ outcome: true }) },
  // The reader's earlier forecast, as a host that knows a signed-in reader sets it (no event fires).
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('prediction-card')!;
    card.forecast = 0.3;
    const root = await shadowOf(canvasElement, 'prediction-card');
    const rows = [...root.querySelectorAll('[part~="result"] tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    await expect(rows[0]).toContain('30%');
    await expect(rows[0]).toContain('0.490');
    await expect(rows[0]).toMatch(/[−-]73\.7/);
  },
};
export const CommunityGiven: Story = {
  args: { story: { ...referenceStory(), prediction: { ...referenceStory().prediction!, community: { probability: 0.62, count: 1840 } } } },
};
/** Thirty days of a community forecast drifting from 25% to 40%, as `reality-kit/server` records it. */
const history = Array.from({ length: 30 }, (_, day) => ({
  at: new Date(Date.UTC(2026, 10, 1 + day, 12)).toISOString(),
  probability: Math.round((0.25 + (0.15 * day) / 29 + 0.04 * Math.sin(day / 2)) * 100) / 100,
}));
const withHistory = { ...referenceStory(), prediction: { ...referenceStory().prediction!, history } };
export const WithHistory: Story = {
  name: 'With history (chart)',
  args: { story: withHistory },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'prediction-card');
    await waitFor(() => expect(root.querySelector('[part~="history"] svg')?.getAttribute('aria-label')).toMatch(/^Community forecast over time: 25% on /));
  },
};
export const WithHistoryRTL: Story = {
  name: 'With history, right to left',
  args: { story: { ...arabicStory(), prediction: { ...arabicStory().prediction!, history } }, lang: 'ar', dir: 'rtl' },
};
export const Loading: Story = { args: { story: undefined } };
export const ErrorState: Story = { name: 'Error', args: { story: invalidStory() } };
export const Empty: Story = { args: { story: emptyStory() } };
export const LongText: Story = { args: { story: longTextStory() } };
export const RTL: Story = { args: { story: arabicStory(), lang: 'ar', dir: 'rtl' } };
export const Japanese: Story = { args: { story: japaneseStory(), lang: 'ja' } };
export const German: Story = { args: { story: germanStory(), lang: 'de' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
