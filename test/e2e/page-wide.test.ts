// What one page shares: glossary fragments (the first glossary with the term answers, the same link
// followed twice scrolls twice), the nearest lang and dir inside an app shell's shadow root.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { openFrame, part, referenceStory, sleep, text, until } from '../support/helpers.js';

const marked = (el: Element) => [...el.shadowRoot!.querySelectorAll('dfn[aria-current="true"]')].map((d) => d.id);

describe('page-wide: glossary terms behave like fragments', () => {
  // Reduced motion: the scroll is instant, so what is in view is not caught halfway through an animation.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the first glossary with the term answers; following the same link again scrolls again', async function () {
    this.timeout(20_000);
    const { frame, doc, win } = await openFrame('/test/e2e/pages/fragments.html', { width: 800, height: 600 });
    const [first, second] = [doc.getElementById('first')!, doc.getElementById('second')!];
    const inView = () => {
      const box = first.shadowRoot!.getElementById('term-model-weights')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= win.innerHeight;
    };
    doc.getElementById('link')!.click();
    await until(() => marked(first).length > 0 && inView());
    expect(marked(first)).to.deep.equal(['term-model-weights']);
    expect(marked(second)).to.deep.equal([]);
    expect(inView()).to.equal(true);
    win.scrollTo(0, 0);
    await until(() => !inView());
    doc.getElementById('link')!.click(); // the same address: no hashchange
    await until(() => inView());
    expect(inView()).to.equal(true);
    win.location.hash = '#elsewhere';
    await until(() => marked(first).length === 0);
    expect(marked(first)).to.deep.equal([]);
    frame.remove();
  });
});

describe('page-wide: lang and dir wherever they are', () => {
  it('inside an app shell\u2019s shadow root, a lang or dir change on the card\u2019s ancestor reaches it', async () => {
    const shell = document.createElement('div');
    document.body.append(shell);
    const root = shell.attachShadow({ mode: 'open' });
    root.innerHTML = '<main lang="en"><prediction-card></prediction-card></main>';
    const card = root.querySelector('prediction-card')!;
    card.story = referenceStory();
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('time'))).to.contain('Nov 26, 2027');
    root.querySelector('main')!.setAttribute('lang', 'de');
    await sleep(0);
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('time'))).to.contain('26.11.2027');
    root.querySelector('main')!.setAttribute('dir', 'rtl');
    await sleep(0);
    await card.updateComplete;
    expect(part(card, 'base')!.getAttribute('dir')).to.equal('rtl');
    shell.remove();
  });
});

describe('page-wide: other documents', () => {
  async function blankFrame() {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/e2e/pages/no-request.html';
    document.body.append(frame);
    await loaded;
    return frame;
  }
  /** The box's padding: the element's own styles are in force when it is not 0. */
  const styled = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).paddingTop !== '0px';

  it('an element first connected inside a same-origin frame renders with its styles, and reads #id there', async () => {
    const frame = await blankFrame();
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = 'framed-story';
    script.textContent = JSON.stringify(referenceStory());
    doc.body.append(script);
    const meter = document.createElement('reality-meter');
    meter.setAttribute('src', '#framed-story');
    doc.body.append(meter);
    await meter.updateComplete;
    await until(() => !meter.hasAttribute('aria-busy'));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(text(part(meter, 'score'))).to.equal('34');
    expect(styled(meter)).to.equal(true);
    frame.remove();
  });

  it('an element moved into a frame keeps its styles and what it showed', async () => {
    const frame = await blankFrame();
    const widget = document.createElement('vote-widget');
    widget.story = referenceStory();
    document.body.append(widget);
    await widget.updateComplete;
    expect(styled(widget)).to.equal(true);
    frame.contentDocument!.body.append(widget);
    await sleep(0);
    await widget.updateComplete;
    expect(styled(widget)).to.equal(true);
    expect(widget.shadowRoot!.querySelectorAll('[part~="choice"]').length).to.equal(3);
    frame.remove();
  });
});
