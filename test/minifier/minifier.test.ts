/**
 * The build's template minifier (scripts/template-minifier.mjs) changes nothing a reader sees: the
 * same templates, as written and as minified (the `?minified` copy, made by the build's own function),
 * render the same text, whitespace where it shows, attributes, bindings and computed styles.
 */
import { expect } from '@open-wc/testing';
import { adoptStyles, render, type CSSResult } from 'lit';

type Templates = typeof import('./templates.js');
const plain = (await import(new URL('./templates.ts', import.meta.url).href)) as Templates;
const minified = (await import(new URL('./templates.ts?minified', import.meta.url).href)) as Templates;

/** Renders one copy's template with its styles into a fresh shadow root; returns the root and the clicks. */
function show(templates: Templates) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [templates.styles]);
  const clicks: string[] = [];
  const child = document.createElement('b');
  child.textContent = 'child';
  render(templates.page({ name: 'Ada', title: 'T  itle', hidden: true, value: 'typed  in', onClick: () => clicks.push('click'), child }), root);
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
  return { host, root, clicks, $ };
}

/** What a reader sees and a host reads, for one copy. */
function seen(templates: Templates) {
  const { host, clicks, $ } = show(templates);
  $('.bindings').click();
  const bindings = $('.bindings');
  const pseudo = (selector: string, which: string) => getComputedStyle($(selector), which).content;
  const rect = $<SVGRectElement>('.svg rect');
  const hidden = bindings.hidden;
  bindings.hidden = false; // innerText is the rendered text only for what is rendered
  const result = {
    bindingsText: bindings.innerText,
    title: bindings.getAttribute('title'),
    hidden,
    payload: (bindings as unknown as { payload: string }).payload,
    clicks: [...clicks],
    pre: $('.pre').textContent,
    textarea: $<HTMLTextAreaElement>('.textarea').value,
    raw: $('.quote').dataset.raw,
    quoteText: $('.quote').textContent,
    inputValue: $<HTMLInputElement>('.input').value,
    ariaLabel: $('.input').getAttribute('aria-label'),
    rect: [rect.getAttribute('width'), rect.getAttribute('height')],
    before: pseudo('.quoted', '::before'),
    after: pseudo('.quoted', '::after'),
    url: getComputedStyle($('.url')).backgroundImage,
  };
  host.remove();
  return result;
}

describe('template minifier (the build step for css``, html`` and svg``)', () => {
  it('really minifies: the minified copy is shorter, CSS and markup alike', () => {
    const length = (t: Templates) => t.page({ name: '', title: '', hidden: false, value: '', onClick: () => {}, child: '' }).strings.join('').length;
    expect(length(minified)).to.be.lessThan(length(plain) - 40);
    expect((minified.styles as CSSResult).cssText.length).to.be.lessThan((plain.styles as CSSResult).cssText.length - 40);
    expect((minified.styles as CSSResult).cssText).not.to.include('a comment that goes');
  });

  it('CSS strings and url() keep every character: commas, runs of spaces, a comment-like run', () => {
    const min = seen(minified);
    expect(min.before).to.equal('"a,  b"');
    expect(min.after).to.equal('"  c ;  d  "');
    expect(min.url).to.include('a/*kept*/b').and.include('c  /*kept*/d');
    const orig = seen(plain);
    expect([min.before, min.after, min.url]).to.deep.equal([orig.before, orig.after, orig.url]);
  });

  it('<pre> and <textarea> keep their whitespace; attributes and entities keep their text', () => {
    const min = seen(minified);
    expect(min.pre).to.equal('  two  spaces\n    and a   line');
    expect(min.textarea).to.equal('  first   line\n    second');
    expect(min.raw).to.equal('a  ,  b');
    expect(min.quoteText).to.equal('<not a tag> & more');
    expect(min.ariaLabel).to.equal('');
  });

  it("Lit's bindings still work: attribute, boolean, property, event, child, nested svg``", () => {
    const min = seen(minified);
    expect(min.title).to.equal('T  itle');
    expect(min.hidden).to.equal(true);
    expect(min.payload).to.equal('Ada');
    expect(min.clicks).to.deep.equal(['click']);
    expect(min.inputValue).to.equal('typed  in');
    expect(min.rect).to.deep.equal(['10', '5']);
    expect(min.bindingsText).to.equal('Ada says hello, T itle child');
  });

  it('renders what the templates as written render', () => {
    expect(seen(minified)).to.deep.equal(seen(plain));
  });
});
