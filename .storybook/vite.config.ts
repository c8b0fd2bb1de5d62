// Storybook's own Vite config: nothing of the library build (library mode, asset emission) applies.
import { defineConfig } from 'vite';

export default defineConfig({});
