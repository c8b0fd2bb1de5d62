import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { parseStoryJson, type StoryIssue } from '../src/story/schema.js';
import { TAGS } from '../src/tags.js';
import { referenceStory } from '../test/fixtures/index.js';
import { renderElement, shadowOf } from './shared.js';

/**
 * The playground for editors and designers: a story's JSON in a text area, all five elements beside
 * it updating as you type, and the validator's messages with their paths: the same `parseStoryJson`
 * the elements and `reality-kit validate` run. Seeded with the reference story.
 */

interface Args {
  theme: 'auto' | 'light' | 'dark';
}

function messages(issues: readonly StoryIssue[] | null) {
  if (!issues) return html`<p class="ok">✓ Valid: every element shows this story.</p>`;
  return html`<p class="bad">${issues.length === 1 ? '1 problem' : `${issues.length} problems`}: the elements show their error state.</p>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path || '(the whole story)'}</code>: ${issue.message}</li>`)}
    </ul>`;
}

/** Sets the text on all five elements and shows the validator's verdict. */
function update(container: HTMLElement, text: string) {
  const result = parseStoryJson(text);
  render(messages(result.ok ? null : result.error.issues), container.querySelector('#validator')!);
  for (const el of container.querySelectorAll<HTMLElement & { story: unknown }>(TAGS.join(','))) el.story = text;
}

const meta: Meta<Args> = {
  title: 'Tools/Playground',
  args: { theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], description: 'Attribute `theme` of all five elements.' } },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Paste or edit a story file: all five elements update as you type, beside the messages of the validator they run (the same as `npx reality-kit validate`), each with its path.',
      },
    },
  },
  render: (args) => {
    const seed = JSON.stringify(referenceStory(), null, 2);
    // The elements get the text area's story once they are in the page (this ref comes last in the
    // template, so it runs after they are), then every edit.
    const rendered = (el?: Element) => {
      const root = el?.closest<HTMLElement>('#playground');
      if (root) update(root, root.querySelector('textarea')!.value);
    };
    return html`<div id="playground" style="display:grid;grid-template-columns:minmax(18rem,1fr) minmax(20rem,1.3fr);gap:1.5rem;padding:1rem">
      <div>
        <label for="story-json" style="font-weight:600;display:block;margin-bottom:0.25rem">Story JSON</label>
        <textarea
          id="story-json"
          spellcheck="false"
          style="width:100%;min-height:34rem;font:0.8125rem/1.45 ui-monospace,monospace;box-sizing:border-box"
          .value=${seed}
          @input=${(e: Event) => update((e.target as HTMLElement).closest('#playground')!, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <section id="validator" aria-live="polite" aria-label="Validator messages"></section>
      </div>
      <div style="display:grid;gap:1rem;align-content:start">
        ${TAGS.map((tag) => renderElement(tag, { theme: args.theme, lang: 'en', dir: 'ltr' }, { open: tag === 'reality-meter', reveal: tag === 'vote-widget' }))}
      </div>
      <span hidden ${ref(rendered)}></span>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const meter = await shadowOf(canvasElement, 'reality-meter');
    await waitFor(() => expect(meter.querySelector('[part~="score"]')?.textContent).toBe('34'));
    await expect(canvasElement.querySelector('#validator')?.textContent).toContain('Valid');
    // An editor breaks a trust figure: the message names the path, and the elements show their error.
    const area = canvasElement.querySelector('textarea')!;
    const edited = area.value.replace('"trust": 40', '"trust": 140');
    await userEvent.clear(area);
    area.value = edited;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(canvasElement.querySelector('#validator')?.textContent).toContain('sources[0].trust: must be at most 100'));
    await waitFor(() => expect(meter.querySelector('[part~="error"]')?.textContent).toContain('sources[0].trust: must be at most 100'));
    // Fixed again: every element is back.
    area.value = edited.replace('"trust": 140', '"trust": 70');
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(meter.querySelector('[part~="score"]')?.textContent).toBe('46'));
  },
};
