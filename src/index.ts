/**
 * `reality-kit`: the public API for bundler users. Registers nothing (import `reality-kit/define.js`
 * or an element module for that).
 */
export * from './core/index.js';
export { parseStory, parseStoryJson, storySchema, STORY_VERSION, MAX_STORY_BYTES } from './story/schema.js';
export type { Story, StoryError, StoryErrorKind, StoryIssue, ParseResult } from './story/schema.js';
export { loadStory, FETCH_TIMEOUT_MS } from './story/loader.js';
export { safeUrl, type SafeLink } from './story/url.js';
export { cleanText } from './story/text.js';
