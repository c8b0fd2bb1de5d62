import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { referenceStory } from '../test/fixtures/index.js';

interface Args {
  accent: string;
  background: string;
  text: string;
  muted: string;
  border: string;
  radius: string;
  space: string;
  font: string;
  partCss: string;
}

/** The CSS a designer would ship: shared `--reality-*` properties on all five tags. */
const themeCss = (a: Args) => `reality-meter, source-list, glossary-list, vote-widget, prediction-card {
  --reality-accent: ${a.accent};
  --reality-bg: ${a.background};
  --reality-fg: ${a.text};
  --reality-muted: ${a.muted};
  --reality-border: ${a.border};
  --reality-radius: ${a.radius};
  --reality-space: ${a.space};
  --reality-font: ${a.font};
}`;

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  args: {
    accent: '#7a1fa2',
    background: '#fffdf7',
    text: '#1f1a14',
    muted: '#5e564b',
    border: '#d8cfc0',
    radius: '0',
    space: '1.25rem',
    font: "Georgia, 'Times New Roman', serif",
    partCss: `vote-widget::part(choice) {
  border-radius: 4px;
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
reality-meter::part(score) {
  font-family: Georgia, serif;
}`,
  },
  argTypes: {
    accent: { control: 'color', description: '`--reality-accent`: links, buttons, bars.' },
    background: { control: 'color', description: '`--reality-bg`' },
    text: { control: 'color', description: '`--reality-fg`' },
    muted: { control: 'color', description: '`--reality-muted`: secondary text (keep 4.5:1 against the background).' },
    border: { control: 'color', description: '`--reality-border`' },
    radius: { control: 'text', description: '`--reality-radius`' },
    space: { control: 'text', description: '`--reality-space`: inner spacing.' },
    font: { control: 'text', description: '`--reality-font` (default: the page font).' },
    partCss: { control: 'text', description: 'CSS with `::part()` selectors, restyling one element.' },
  },
  parameters: { docs: { description: { component: 'Change the shared `--reality-*` properties and watch all five elements follow; the `::part` rules restyle one element. The CSS shown is exactly what is applied.' } } },
  render: (args) => {
    const css = `${themeCss(args)}\n${args.partCss}`;
    return html`<style>
        ${css}
      </style>
      <div style="display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start">
        <div style="display:grid;gap:1rem">
          <reality-meter .story=${referenceStory()}></reality-meter>
          <vote-widget .story=${referenceStory()} reveal></vote-widget>
          <prediction-card .story=${referenceStory()}></prediction-card>
        </div>
        <div style="display:grid;gap:1rem">
          <source-list .story=${referenceStory()}></source-list>
          <glossary-list .story=${referenceStory()}></glossary-list>
          <figure style="margin:0">
            <figcaption style="font:600 0.875rem system-ui">The CSS applied</figcaption>
            <pre style="font-size:0.8rem;background:#f3f5f7;color:#1b1f24;padding:0.75rem;overflow:auto;white-space:pre-wrap">${css}</pre>
          </figure>
        </div>
      </div>`;
  },
};
export default meta;

export const SharedProperties: StoryObj<Args> = {};
export const Newsprint: StoryObj<Args> = {
  args: { accent: '#1a5fb4', background: '#f7f4ec', text: '#111111', muted: '#4d4a43', border: '#bdb6a6', radius: '2px', font: "'Iowan Old Style', Georgia, serif" },
};
