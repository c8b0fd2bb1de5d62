import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue renders tags with a dash as custom elements, not as Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
});
