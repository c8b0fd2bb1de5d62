// bench/cls.html with the five elements server-rendered by the built `reality-kit/ssr` (declarative
// shadow DOM, the story in a JSON script before the first), for the layout-shift benchmark and test.
import { readFileSync } from 'node:fs';
import { TAGS } from '../src/tags.js';


/** The page's HTML, `theme` ('light' | 'dark') rendered in. Needs `npm run build`. */
export async function serverRenderedLayoutPage(theme) {
  const { renderToString } = await import('../dist/ssr.js');
  const story = JSON.parse(readFileSync(new URL('../test/fixtures/story-export-curbs.json', import.meta.url), 'utf8'));
  let page = readFileSync(new URL('./cls.html', import.meta.url), 'utf8');
  TAGS.forEach((tag, i) => {
    page = page.replace(`<${tag}></${tag}>`, renderToString(tag, { story, theme: theme === 'dark' ? 'dark' : 'light', storyScript: i === 0 }));
  });
  return page;
}
