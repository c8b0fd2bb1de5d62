import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';

// The API tables (attributes, properties, events, parts, slots, custom properties) come from the
// manifest the analyzer writes from the classes' JSDoc: written once, never twice.
setCustomElementsManifest(manifest);

/** Votes and forecasts are remembered in localStorage; each story starts from a clean slate. */
function forgetReaderState(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('reality-kit:')) localStorage.removeItem(key);
}

const preview: Preview = {
  loaders: [async () => (forgetReaderState(), {})],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // axe runs on every story; a violation fails the smoke test (not just a warning in the panel).
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
