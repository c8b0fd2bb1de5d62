// Types of template-minifier.mjs (plain JS, so that the Web Test Runner config and Node tests can load it too).
import type { Plugin } from 'vite';

export declare function minifyTemplates(code: string, fileName: string): Promise<{ code: string; map: unknown } | null>;
export declare function templateMinifier(): Plugin;
