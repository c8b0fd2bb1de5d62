// Storybook for designers: every element and state, with docs from custom-elements.json.
// Written by hand (`storybook init` cannot run offline); telemetry off.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    // The project's vite.config.ts builds the library; Storybook gets a plain one of its own.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  async viteFinal(viteConfig) {
    // Without this, dev mode and Vitest load two copies of Lit.
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return viteConfig;
  },
};

export default config;
