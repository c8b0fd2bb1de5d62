// End to end: the built bundle on a page under the strict CSP loads each element's texts in a language
// by itself, from beside the bundle, once per element and language, and only what the page shows.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../support/helpers.js';

type PageWindow = Window & { __errors: string[]; __violations: string[]; __warnings: string[] };
const shadowText = (el: Element | null, selector: string) =>
  ((el?.shadowRoot?.querySelector(selector) as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('end to end: languages load by themselves', () => {
  it('pt-BR gets pt, ar-EG gets ar with its own digits, zh-TW and sv stay English; each element\'s file loads once, with no CSP violation', async () => {
    const { frame, win, doc } = await openFrame<PageWindow>('/test/e2e/pages/language-csp.html');
    const meter = doc.querySelector('reality-meter');
    await until(() => shadowText(meter, '[part~="band"]') === 'Duvidoso', 10_000);
    expect(shadowText(meter, '[part~="band"]')).to.equal('Duvidoso');
    // Each element's file arrives on its own.
    const summary = () => shadowText(doc.querySelector('source-list'), '[part~="summary"]');
    await until(() => summary() === '1 fonte registrada · Confiança média 40/100', 10_000);
    expect(summary()).to.equal('1 fonte registrada · Confiança média 40/100');
    const vote = doc.querySelector('vote-widget');
    // The digits come from Intl at once; the words once the Arabic module has arrived.
    const arabic = '١٨٦ صوتًا · رأي الأغلبية: Overhyped';
    await until(() => shadowText(vote, '[part~="total"]') === arabic, 10_000);
    expect(shadowText(vote, '[part~="total"]')).to.equal(arabic);
    expect(shadowText(doc.querySelector('glossary-list'), 'dl') === '' ? 'empty' : 'shown').to.equal('shown');
    expect(shadowText(doc.querySelector('prediction-card'), '[part~="community"] span')).to.equal('Community forecast');
    const modules = win.performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname)
      .filter((p) => p.startsWith('/dist/i18n/'))
      .sort();
    expect(modules).to.deep.equal(['/dist/i18n/ar/vote-widget.js', '/dist/i18n/pt/reality-meter.js', '/dist/i18n/pt/source-list.js']);
    // Both meters (the badge too) show Portuguese from the one file.
    const badge = doc.querySelectorAll('reality-meter')[1];
    await until(() => shadowText(badge, '[part~="band"]') === 'Duvidoso', 10_000);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('an element whose file cannot be loaded shows English, with one warning; the others their language', async () => {
    const { frame, win, doc } = await openFrame<PageWindow>('/test/e2e/pages/language-missing.html');
    const meter = doc.querySelector('reality-meter');
    await until(() => shadowText(meter, '[part~="band"]') === 'Dubbio', 10_000);
    const votes = [...doc.querySelectorAll('vote-widget')];
    await until(() => win.__warnings.length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(votes.map((v) => shadowText(v, '[part~="prompt"]'))).to.deep.equal(["What's your read?", "What's your read?"]);
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.contain('vote-widget');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
