// Storybook's "Show code" must give markup that works when pasted into a page: the story inline as a
// JSON child, the attributes a designer set. Pasted here through the HTML parser, it renders.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { codeFor } from '../../.storybook/show-code.js';
import { TAGS, part, referenceStory, text, until } from '../support/helpers.js';

async function paste(markup: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await until(() => !!el.shadowRoot?.querySelector('[part~="base"]:not(.placeholder)'));
  return el;
}

describe('"Show code" markup', () => {
  for (const tag of TAGS) {
    it(`<${tag}> pasted as shown renders the story`, async () => {
      const code = codeFor(tag, { story: referenceStory(), theme: 'dark', lang: 'en', dir: 'ltr' });
      expect(code).to.match(new RegExp(`^<${tag} theme="dark" lang="en">\\n  <script type="application/json">`));
      const el = await paste(code);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(part(el, 'error')).to.equal(null);
      el.parentElement!.remove();
    });
  }

  it('a story whose text holds </script> and <!-- stays one JSON child and renders that text', async () => {
    const story = referenceStory();
    story.claim.text = 'A claim </script><script>window.pwned = 1</script> <!-- and a comment';
    const el = await paste(codeFor('reality-meter', { story, variant: 'badge', open: true }));
    expect(el.getAttribute('variant')).to.equal('badge');
    expect(el.querySelectorAll('script').length).to.equal(1);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    expect(text(part(el, 'score'))).to.equal('34');
    el.parentElement!.remove();
  });

  it('a story from a URL is shown as src, and replacement texts as a line of script', () => {
    const code = codeFor('vote-widget', { src: '/stories/export-curbs.json', strings: { prompt: 'Ihre Einschätzung?' }, reveal: true });
    expect(code).to.equal(
      '<vote-widget src="/stories/export-curbs.json" reveal></vote-widget>\n<script type="module">\n  document.querySelector(\'vote-widget\').strings = {\n    "prompt": "Ihre Einschätzung?"\n  };\n</script>',
    );
  });
});
