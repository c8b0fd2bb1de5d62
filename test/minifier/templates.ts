/**
 * Templates that a careless minifier breaks. The build's template minifier (scripts/template-minifier.mjs)
 * must leave each one rendering exactly as written: test/minifier/minifier.test.ts loads this module
 * twice, as written and as the build minifies it (`?minified`, see web-test-runner.config.mjs), and
 * compares what Chromium shows.
 */
import { css, html, svg } from 'lit';

/** Quoted strings keep their commas and runs of spaces; `url()` keeps a comment-like run. */
export const styles = css`
  /* a comment that goes */
  .quoted::before {
    content: 'a,  b';
  }
  .quoted::after {
    content: "  c ;  d  ";
  }
  .url {
    background-image: url(data:text/plain,a/*kept*/b), url('data:text/plain,c  /*kept*/d');
  }
  .spaced {
    margin : 1px   2px ;
  }
`;

/** Every kind of Lit binding, text runs that must keep one space, `<pre>` and `<textarea>`. */
export const page = (p: { name: string; title: string; hidden: boolean; value: string; onClick: () => void; child: unknown }) => html`
  <div class="bindings" title=${p.title} ?hidden=${p.hidden} .payload=${p.name} @click=${p.onClick}>
    <strong>${p.name}</strong>   says
    hello,   <em>${p.title}</em> ${p.child}
  </div>
  <pre class="pre">  two  spaces
    and a   line</pre>
  <textarea class="textarea">
  first   line
    second</textarea>
  <p class="quoted">q</p>
  <p class="url spaced">u</p>
  <span class="quote" data-raw="a  ,  b">&lt;not a tag&gt; &amp; more</span>
  <input class="input" .value=${p.value} aria-label="" />
  <svg class="svg" viewBox="0 0 10 10">
    ${svg`<rect
      width="10"
      height=${5}></rect>`}
  </svg>
`;

/** After the templates, for the source-map test: its line must map back to this line of the source. */
export const AFTER_TEMPLATES = 'source-map-marker';
