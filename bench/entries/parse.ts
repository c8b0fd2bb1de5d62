// The parser alone, for the parse benchmark page.
export { parseStoryJson } from '../../src/story/schema.js';
