// The shipped languages: every key the code uses and no other, the plural forms each language's rules
// name, every element rendering the reference story with no English fixed text left, the forecast
// field reading and showing the reader's own digits, and right-to-left bars and gauge.
import { expect } from '@open-wc/testing';
import {
  GLOSSARY_LIST_STRINGS,
  LANGUAGES,
  PREDICTION_CARD_STRINGS,
  REALITY_METER_STRINGS,
  SOURCE_LIST_STRINGS,
  VOTE_WIDGET_STRINGS,
  nearestLanguage,
  type PredictionSubmitEvent,
} from '../../src/index.js';
import { ALL_LANGUAGES, registerAllLanguages } from '../../src/i18n/all-languages.js';
import { registerLanguage, languageStrings } from '../../src/i18n/load.js';
import { elementPack, hasSection, packLanguage, unpackTexts, type PackedLanguage } from '../../src/i18n/pack.js';
import { format, translator } from '../../src/i18n/strings.js';
import { TAGS, all, mount, part, parts, record, storyClosingIn, type Tag } from '../support/helpers.js';

type Table = Record<string, string>;
const ENGLISH: Record<Tag, Table> = {
  'reality-meter': REALITY_METER_STRINGS,
  'source-list': SOURCE_LIST_STRINGS,
  'glossary-list': GLOSSARY_LIST_STRINGS,
  'vote-widget': VOTE_WIDGET_STRINGS,
  'prediction-card': PREDICTION_CARD_STRINGS,
};
/** Each element's source files: its class, and the templates of its own folder that it renders. */
const SOURCE: Record<Tag, string[]> = {
  'reality-meter': ['/src/reality-meter/reality-meter.ts'],
  'source-list': ['/src/source-list/source-list.ts'],
  'glossary-list': ['/src/glossary-list/glossary-list.ts'],
  'vote-widget': ['/src/vote-widget/vote-widget.ts'],
  'prediction-card': ['/src/prediction-card/prediction-card.ts', '/src/prediction-card/history-chart.ts'],
};
const PLURAL = /_(zero|one|two|few|many|other)$/;
const isShared = (key: string) => ['loading', 'error', 'sourcesNone', 'averageTrust', 'summary'].includes(key) || key.startsWith('sources_');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The keys a language must have for an English table: its plain keys, and each counted text in exactly the language's plural categories. */
function expectedKeys(lang: string, english: Table, keep: (key: string) => boolean): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(english)) {
    if (!keep(key)) continue;
    const base = PLURAL.test(key) ? key.replace(PLURAL, '') : null;
    if (base === null) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return [...keys].sort();
}

/** A language's table for an element, as the element sees it: the shared texts plus its own. */
const tableOf = (lang: string, tag: Tag): Table => {
  const language = ALL_LANGUAGES[lang as keyof typeof ALL_LANGUAGES];
  return { ...language.common, ...language[tag] } as Table;
};

before(() => registerAllLanguages());

describe('languages: the tables', () => {
  it('ship at least 15 languages, among them ar, he, ja, zh, ko, hi and the major European ones', () => {
    expect(LANGUAGES.length).to.be.at.least(15);
    for (const lang of ['ar', 'he', 'ja', 'zh', 'ko', 'hi', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'pl', 'nl', 'tr']) expect(LANGUAGES).to.include(lang);
  });

  it('every key of every English table is used by the code (no dead text to translate)', async () => {
    const unused: string[] = [];
    const templates = await (await fetch('/src/templates.ts')).text();
    for (const tag of TAGS) {
      const code = (await Promise.all(SOURCE[tag].map(async (file) => (await fetch(file)).text()))).join('\n') + templates;
      for (const key of Object.keys(ENGLISH[tag])) {
        const name = key.replace(PLURAL, '');
        if (!new RegExp(`['"\`]${name}['"\`]`).test(code)) unused.push(`${tag}: ${key}`);
      }
    }
    expect(unused).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: has every key the code uses, no other, and the plural forms of its rules`, () => {
      const language = ALL_LANGUAGES[lang];
      expect(Object.keys(language).sort()).to.deep.equal(['common', ...TAGS].sort());
      expect(Object.keys(language.common).sort(), 'common').to.deep.equal(expectedKeys(lang, REALITY_METER_STRINGS, isShared));
      for (const tag of TAGS) {
        expect(Object.keys(language[tag]).sort(), tag).to.deep.equal(expectedKeys(lang, ENGLISH[tag], (key) => !isShared(key)));
      }
    });

    it(`${lang}: each text keeps the placeholders of its English original (a counted form may leave out the number)`, () => {
      const wrong: string[] = [];
      const language = ALL_LANGUAGES[lang];
      const tables: Array<[string, Table, Table]> = [
        ['common', language.common as Table, REALITY_METER_STRINGS],
        ...TAGS.map((tag) => [tag, language[tag] as Table, ENGLISH[tag]] as [string, Table, Table]),
      ];
      for (const [tag, table, englishTable] of tables) {
        for (const [key, value] of Object.entries(table)) {
          const base = key.replace(PLURAL, '');
          const english = englishTable[key] ?? englishTable[`${base}_other`];
          const mine = placeholders(value);
          const theirs = placeholders(english);
          const ok = PLURAL.test(key) ? mine.every((p) => theirs.includes(p)) && mine.includes('names') === theirs.includes('names') : mine.join() === theirs.join();
          if (!ok) wrong.push(`${tag}.${key}: {${mine.join('}{')}} vs {${theirs.join('}{')}}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it(`${lang}: counted texts follow Intl.PluralRules at 0, 1, 2, 5, 11, 21 and 100`, () => {
      const rules = new Intl.PluralRules(lang);
      for (const tag of TAGS) {
        const table = tableOf(lang, tag);
        const t = translator(ENGLISH[tag], {}, rules, table);
        const bases = [...new Set(Object.keys(ENGLISH[tag]).filter((k) => k.endsWith('_other')).map((k) => k.replace(PLURAL, '')))];
        for (const base of bases) {
          for (const n of [0, 1, 2, 5, 11, 21, 100]) {
            const expected = format(table[`${base}_${rules.select(n)}`], { count: n });
            expect(t.count(base as never, n, { count: n }), `${tag} ${base} ${n}`).to.equal(expected);
          }
        }
      }
    });
  }

  it('packed (values only), every language gives each element exactly its named texts back', () => {
    for (const [lang, language] of Object.entries(ALL_LANGUAGES)) {
      const packed = packLanguage(language);
      for (const tag of TAGS) {
        const named = { ...language.common, ...language[tag] };
        expect(unpackTexts(packed, tag, ENGLISH[tag]), `${lang} ${tag}`).to.deep.equal(named);
      }
    }
  });

  it('the built modules (dist/i18n/<lang>.js) hold the same texts as the sources, and nothing but them', async () => {
    for (const [lang, language] of Object.entries(ALL_LANGUAGES)) {
      const source = await (await fetch(`/dist/i18n/${lang}.js`)).text();
      expect(source, lang).to.match(/^export default \[/);
      const built = ((await import(/* @vite-ignore */ `/dist/i18n/${lang}.js`)) as { default: PackedLanguage }).default;
      for (const tag of TAGS) expect(unpackTexts(built, tag, ENGLISH[tag]), `${lang} ${tag}`).to.deep.equal({ ...language.common, ...language[tag] });
    }
  });

  it('each element\'s built file (dist/i18n/<lang>/<tag>.js) holds the shared texts and its own, and no other element\'s', async () => {
    for (const [lang, language] of Object.entries(ALL_LANGUAGES)) {
      for (const tag of TAGS) {
        const built = ((await import(/* @vite-ignore */ `/dist/i18n/${lang}/${tag}.js`)) as { default: PackedLanguage }).default;
        expect(unpackTexts(built, tag, ENGLISH[tag]), `${lang} ${tag}`).to.deep.equal({ ...language.common, ...language[tag] });
        expect(TAGS.filter((other) => hasSection(built, other)), `${lang} ${tag}`).to.deep.equal([tag]);
      }
    }
  });

  it('one element\'s file adds its texts to its language, wakes only the elements waiting for it, and never replaces a host\'s own table', () => {
    const de = packLanguage(ALL_LANGUAGES.de);
    const german = (tag: Tag) => ({ ...ALL_LANGUAGES.de.common, ...ALL_LANGUAGES.de[tag] });
    let woken = 0;
    const waiting = { requestUpdate: () => void (woken += 1) };
    registerLanguage('x-parts', elementPack(de, 'vote-widget'));
    expect(languageStrings('x-parts', 'vote-widget', ENGLISH['vote-widget'], waiting)).to.deep.equal(german('vote-widget'));
    // Not in yet: English meanwhile, and the source list waits for its own file.
    expect(languageStrings('x-parts', 'source-list', ENGLISH['source-list'], waiting)).to.equal(undefined);
    registerLanguage('x-parts', elementPack(de, 'glossary-list'));
    expect(woken).to.equal(0);
    registerLanguage('x-parts', elementPack(de, 'source-list'));
    expect(woken).to.equal(1);
    for (const tag of ['vote-widget', 'glossary-list', 'source-list'] as const) expect(languageStrings('x-parts', tag, ENGLISH[tag], waiting)).to.deep.equal(german(tag));
    // One element's file under a regional tag: the other elements take the language above it.
    registerLanguage('pt', ALL_LANGUAGES.pt);
    registerLanguage('pt-x-partial', elementPack(de, 'vote-widget'));
    expect(languageStrings('pt-x-partial', 'vote-widget', ENGLISH['vote-widget'], waiting)).to.deep.equal(german('vote-widget'));
    expect(languageStrings('pt-x-partial', 'reality-meter', ENGLISH['reality-meter'], waiting)).to.deep.equal({ ...ALL_LANGUAGES.pt.common, ...ALL_LANGUAGES.pt['reality-meter'] });
    // A host registered its own table; a file arriving after it does not replace it.
    registerLanguage('x-host', ALL_LANGUAGES.es);
    registerLanguage('x-host', elementPack(de, 'vote-widget'));
    expect(languageStrings('x-host', 'vote-widget', ENGLISH['vote-widget'], waiting)).to.deep.equal({ ...ALL_LANGUAGES.es.common, ...ALL_LANGUAGES.es['vote-widget'] });
  });

  it('a packed text that is not a string (a module of another version) is left out, so English shows', () => {
    const packed = packLanguage(ALL_LANGUAGES.de).map((section) => section!.map(() => 42 as unknown as string));
    expect(unpackTexts(packed, 'vote-widget', ENGLISH['vote-widget'])).to.deep.equal({});
  });

  it('a packed section with a text more or less than the code names (another version) is not read shifted: English shows', () => {
    const packed = packLanguage(ALL_LANGUAGES.de);
    const longer = packed.map((section, i) => (i === TAGS.indexOf('vote-widget') + 1 ? ['Neu', ...section!] : section));
    const shorter = packed.map((section, i) => (i === TAGS.indexOf('vote-widget') + 1 ? section!.slice(1) : section));
    const common = { ...ALL_LANGUAGES.de.common };
    expect(unpackTexts(longer, 'vote-widget', ENGLISH['vote-widget'])).to.deep.equal(common);
    expect(unpackTexts(shorter, 'vote-widget', ENGLISH['vote-widget'])).to.deep.equal(common);
    expect(unpackTexts(longer, 'source-list', ENGLISH['source-list'])).to.deep.equal({ ...common, ...ALL_LANGUAGES.de['source-list'] });
  });

  it('the nearest language falls back by subtag; Traditional Chinese and unknown languages get English', () => {
    expect(nearestLanguage('pt-BR')).to.equal('pt');
    expect(nearestLanguage('de-CH-1996')).to.equal('de');
    expect(nearestLanguage('ar-EG')).to.equal('ar');
    expect(nearestLanguage('zh-CN')).to.equal('zh');
    expect(nearestLanguage('zh-TW')).to.equal(null);
    expect(nearestLanguage('zh-Hant')).to.equal(null);
    expect(nearestLanguage('en-GB')).to.equal(null);
    expect(nearestLanguage('sv')).to.equal(null);
    expect(nearestLanguage(undefined)).to.equal(null);
  });
});

/** The text a reader sees outside story text (which is in `<bdi>` or `dir="auto"` isolates), with the accessible names and values. */
function fixedText(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'bdi' || node.getAttribute('dir') === 'auto' || node.localName === 'style') return;
      for (const name of ['aria-label', 'aria-valuetext']) if (node.hasAttribute(name)) out.push(node.getAttribute(name)!);
    }
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent!);
    node.childNodes.forEach(walk);
  };
  el.shadowRoot!.childNodes.forEach(walk);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** The English fixed texts, cut at their placeholders: "(Sources: {names})" → "(Sources:". */
const englishFragments = [
  ...new Set(
    Object.values(ENGLISH)
      .flatMap((table) => Object.values(table))
      .flatMap((value) => value.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 3 && /\p{L}{2}/u.test(piece)),
  ),
];

/** A fixed text each element shows with the reference story (the vote's prompt is the story's own). */
const SHOWN: Record<Tag, string> = { 'reality-meter': 'label', 'source-list': 'label', 'glossary-list': 'label', 'vote-widget': 'results', 'prediction-card': 'community' };

async function mountIn(tag: Tag, lang: string, story: unknown = storyClosingIn(90)) {
  const flags = tag === 'reality-meter' ? 'open' : tag === 'vote-widget' ? 'reveal' : '';
  return mount(tag, story, `lang="${lang}" ${flags}`);
}

describe('languages: the elements', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every element renders the reference story with no English fixed text left`, async () => {
      const left: string[] = [];
      for (const tag of TAGS) {
        const el = await mountIn(tag, lang);
        expect(part(el, 'error'), tag).to.equal(null);
        const seen = fixedText(el);
        const own = Object.values(tableOf(lang, tag)).join('\n');
        // An English fragment may stay where the language uses the same word ("Signal" in German).
        for (const fragment of englishFragments) if (seen.includes(fragment) && !own.includes(fragment)) left.push(`${tag}: "${fragment}"`);
        expect(seen, tag).to.include(tableOf(lang, tag)[SHOWN[tag]]);
      }
      expect(left).to.deep.equal([]);
    });
  }

  it('the vote total is counted by each language\'s rules (Arabic at 0, 1, 2, 5, 11, 100; Russian at 21)', async () => {
    const cases: Array<[string, number]> = [
      ['ar', 0], ['ar', 1], ['ar', 2], ['ar', 5], ['ar', 11], ['ar', 100], ['ru', 21], ['ru', 5], ['pl', 2], ['pl', 5], ['ja', 1], ['he', 2], ['fr', 0],
    ];
    for (const [lang, n] of cases) {
      const story = storyClosingIn(90) as Record<string, any>;
      story.read.counts = Object.fromEntries(story.read.choices.map((c: { id: string }, i: number) => [c.id, i === 0 ? n : 0]));
      const el = await mountIn('vote-widget', lang, story);
      const rule = new Intl.PluralRules(lang).select(n);
      const expected = format(tableOf(lang, 'vote-widget')[`total_${rule}`], { count: new Intl.NumberFormat(lang).format(n) });
      expect(part(el, 'total')!.textContent!.replace(/\s+/g, ' ').trim().startsWith(expected), `${lang} ${n}: ${expected}`).to.equal(true);
    }
  });

  it('a host\'s strings still win over the shipped language', async () => {
    const el = await mountIn('vote-widget', 'de');
    expect(part(el, 'total')!.textContent).to.contain('Stimmen');
    el.strings = { total_other: '{count} Meinungen' };
    await el.updateComplete;
    expect(part(el, 'total')!.textContent).to.contain('Meinungen');
  });

  it('story text sits in its own bidirectional isolate: an English claim in an Arabic meter runs left to right', async () => {
    const el = await mount('reality-meter', storyClosingIn(90), 'lang="ar" dir="rtl" open');
    expect(part(el, 'claim')!.matches(':dir(ltr)')).to.equal(true);
    expect(part(el, 'base')!.matches(':dir(rtl)')).to.equal(true);
    const isolates = all(el, 'bdi');
    expect(isolates.length).to.be.greaterThan(3);
    expect(isolates.every((b) => b.matches(':dir(ltr)'))).to.equal(true);
  });
});

describe('languages: the reader\'s digits in the forecast field', () => {
  const field = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('#forecast')!;
  const slider = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
  async function typeInto(el: HTMLElement & { updateComplete: Promise<unknown> }, value: string) {
    field(el).value = value;
    field(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
  }
  async function submitted(lang: string, typed: string): Promise<{ probability: number | null; shown: string; slider: string }> {
    const el = await mountIn('prediction-card', lang);
    const submits = record<PredictionSubmitEvent>(el, 'prediction-submit');
    await typeInto(el, typed);
    const sliderValue = slider(el).value;
    part(el, 'submit')!.click();
    await el.updateComplete;
    await el.updateComplete;
    submits.stop();
    return { probability: submits.events[0]?.detail.probability ?? null, shown: field(el).value, slider: sliderValue };
  }

  const locales = [...LANGUAGES, 'ar-EG', 'hi-IN-u-nu-deva', 'fa', 'bn', 'th-TH-u-nu-thai', 'de-CH'];
  for (const lang of locales) {
    it(`${lang}: 33.5 written the language's way is read, sent as 0.335 and shown back the same way`, async () => {
      const typed = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }).format(33.5);
      const result = await submitted(lang, typed);
      expect(result).to.deep.equal({ probability: 0.335, shown: typed, slider: '34' });
    });
  }

  const typedCases: Array<[string, string, number]> = [
    ['ja', '４５', 0.45],
    ['ja', '４５％', 0.45],
    ['ar-EG', '٤٥', 0.45],
    ['ar-EG', '٣٣٫٥', 0.335],
    ['ar', '٤٥٪', 0.45],
    ['fa', '۴۵', 0.45],
    ['hi', '४५', 0.45],
    ['de', '33,5', 0.335],
    ['de', '33.5', 0.335],
    ['tr', '%45', 0.45],
    ['zh', '４５．５', 0.455],
  ];
  for (const [lang, typed, probability] of typedCases) {
    it(`${lang}: "${typed}" is ${probability}`, async () => {
      expect((await submitted(lang, typed)).probability).to.equal(probability);
    });
  }

  const rejected: Array<[string, string]> = [
    ['en', '33,5'], // a comma is not an English decimal separator
    ['ar-EG', '4٥'], // two digit sets in one number
    ['ja', '１e２'],
    ['de', '100'],
    ['de', '%45%'],
  ];
  for (const [lang, typed] of rejected) {
    it(`${lang}: "${typed}" is not a forecast, and the slider does not move`, async () => {
      const el = await mountIn('prediction-card', lang);
      await typeInto(el, '20');
      await typeInto(el, typed);
      expect(field(el).getAttribute('aria-invalid')).to.equal('true');
      expect(slider(el).value).to.equal('20');
    });
  }

  it('the percent sign sits where the language puts it, in its own form', async () => {
    const sign = async (lang: string) => {
      const el = await mountIn('prediction-card', lang);
      const number = el.shadowRoot!.querySelector('#forecast')!.parentElement!; // the field and its sign
      const spans = [...number.children].map((c) => (c.localName === 'input' ? 'input' : c.textContent));
      return spans.join(' ');
    };
    expect(await sign('en')).to.equal('input %');
    expect(await sign('tr')).to.equal('% input');
    expect(await sign('ar-EG')).to.equal('input ٪');
  });
});

describe('languages: right to left', () => {
  const box = (el: Element) => el.getBoundingClientRect();

  it('bars fill from the right in dir="rtl" and from the left in dir="ltr" (bounding boxes)', async () => {
    for (const [dir, lang] of [['rtl', 'ar'], ['ltr', 'en']] as const) {
      const list = await mount('source-list', storyClosingIn(90), `lang="${lang}" dir="${dir}"`);
      const bar = list.shadowRoot!.querySelector('[part~="trust"] .bar')!;
      const track = box(bar.querySelector('rect:nth-of-type(1)')!); // track, then fill
      const fill = box(bar.querySelector('rect:nth-of-type(2)')!);
      expect(fill.width, dir).to.be.greaterThan(0);
      expect(fill.width, dir).to.be.lessThan(track.width);
      if (dir === 'rtl') expect(Math.abs(fill.right - track.right), dir).to.be.lessThan(1);
      else expect(Math.abs(fill.left - track.left), dir).to.be.lessThan(1);
      const widget = await mount('vote-widget', storyClosingIn(90), `lang="${lang}" dir="${dir}" reveal`);
      const bars = parts(widget, 'bar').map((b) => [box(b.querySelector('rect:nth-of-type(1)')!), box(b.querySelector('rect:nth-of-type(2)')!)] as const);
      for (const [t, f] of bars.filter(([, f]) => f.width > 0)) {
        if (dir === 'rtl') expect(Math.abs(f.right - t.right), `vote ${dir}`).to.be.lessThan(1);
        else expect(Math.abs(f.left - t.left), `vote ${dir}`).to.be.lessThan(1);
      }
    }
  });

  it('the gauge arc starts on the right in dir="rtl" and on the left in dir="ltr"', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const meter = await mount('reality-meter', storyClosingIn(90), `lang="${dir === 'rtl' ? 'he' : 'en'}" dir="${dir}"`);
      const gauge = part(meter, 'meter')!.querySelector<SVGSVGElement>('svg')!;
      const fill = part(meter, 'meter')!.querySelector<SVGPathElement>('svg path:nth-of-type(2)')!;
      // Where the fill starts, on screen: its path's first point through the gauge's transform.
      const start = fill.getPointAtLength(0).matrixTransform(fill.getScreenCTM()!);
      const frame = box(gauge);
      const middle = frame.left + frame.width / 2;
      if (dir === 'rtl') expect(start.x, dir).to.be.greaterThan(middle);
      else expect(start.x, dir).to.be.lessThan(middle);
    }
  });
});
