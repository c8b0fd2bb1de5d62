// Property-based tests (fast-check, fixed and logged seed, 2,000 runs each) for the safe-URL rule and
// for hostile-but-plausible stories going through the parser and an element.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import * as z from 'zod/mini';
import { DATE_TIME, parseStory } from '../../src/story/schema.js';
import { safeUrl } from '../../src/story/url.js';
import { referenceStory } from '../fixtures/index.js';

const SEED = 20261127;
const settings = { seed: SEED, numRuns: 2000 };
console.log(`fast-check seed ${SEED}, 2000 runs per property`);

/** Strings a hostile URL field could hold: real URLs, scheme tricks, controls, and noise. */
const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\u0000', '\t', '\n', '\u001f', '\u00a0'),
      fc.constantFrom('javascript', 'JaVaScRiPt', 'java\tscript', 'data', 'vbscript', 'file', 'blob', 'http', 'https', 'mailto', 'ftp', ''),
      fc.constantFrom(':', '://', ':/', '%3a', ''),
      fc.string({ maxLength: 40 }),
    )
    .map(([lead, scheme, sep, rest]) => lead + scheme + sep + rest),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('properties: the safe-URL rule', () => {
  it('whatever it accepts is http(s) or mailto with no whitespace or controls, and applying it twice changes nothing', () => {
    fc.assert(
      fc.property(urlish, (value) => {
        const link = safeUrl(value);
        if (!link) return true;
        const href = link.href;
        const scheme = href.slice(0, href.indexOf(':') + 1);
        return (
          ['http:', 'https:', 'mailto:'].includes(scheme) &&
          !/[\s\u0000-\u001f\u007f-\u009f]/.test(href) &&
          safeUrl(href)?.href === href &&
          !/[\s\u0000-\u001f]/.test(link.text)
        );
      }),
      settings,
    );
  });
});

/** Strings shaped like RFC 3339 date-times, with every field sometimes just out of range or malformed. */
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const dateTimeish = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.constantFrom('1900', '2000', '2024', '2026', '2100', '2400', '0000', '9999'), fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'))),
      two(13),
      two(32),
      fc.constantFrom('T', 'T', 't', ' '),
      two(25),
      two(61),
      two(61),
      fc.constantFrom('', '', '.5', '.123456789', '.', ',5'),
      fc.oneof(fc.constantFrom('Z', 'Z', 'z', '', '+0100', '+01'), fc.tuple(fc.constantFrom('+', '-'), two(25), two(61)).map(([sign, h, m]) => `${sign}${h}:${m}`)),
    )
    .map(([y, mo, d, t, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${frac}${zone}`),
  fc.string({ maxLength: 30 }),
);

describe('properties: the date-time pattern', () => {
  it("accepts exactly what zod's iso.datetime({ offset: true }) accepts", () => {
    const zodDateTime = z.string().check(z.iso.datetime({ offset: true }));
    let accepted = 0;
    fc.assert(
      fc.property(dateTimeish, (value) => {
        const ours = DATE_TIME.test(value);
        if (ours) accepted++;
        return ours === zodDateTime.safeParse(value).success;
      }),
      settings,
    );
    // The generator must reach both sides of the line for the agreement to mean something.
    expect(accepted).to.be.within(50, 1950);
  });
});

/** Values a plausible-looking but hostile story could put anywhere. */
const hostileValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=2', '\u202e\u0000\ud800', '__proto__', ''),
  fc.string({ minLength: 2001, maxLength: 2100 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.constantFrom(null, true, [], {}, -0, Infinity),
);

/** The reference story with one to four fields, at any depth, replaced by hostile values. */
const hostileStory = fc
  .array(fc.tuple(fc.constantFrom(
    ['headline'], ['summary'], ['url'], ['publishedAt'], ['topics', 0], ['claim', 'text'], ['claim', 'signal'], ['claim', 'evidence', 0, 'stance'],
    ['claim', 'evidence', 1, 'text'], ['claim', 'evidence', 0, 'sources', 0], ['claim', 'reasoning', 'impact'], ['sources', 0, 'name'],
    ['sources', 0, 'url'], ['sources', 0, 'trust'], ['sources', 0, 'kind'], ['horizon'], ['read', 'prompt'], ['read', 'choices', 0, 'label'],
    ['read', 'counts', 'overhyped'], ['glossary', 2, 'term'], ['glossary', 3, 'definition'], ['prediction', 'closesAt'],
    ['prediction', 'forecasts', 4], ['prediction', 'question'], ['prediction', 'community'],
  ), hostileValue), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    const story = referenceStory() as unknown as Record<string, unknown>;
    for (const [path, value] of edits) {
      let node = story as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = (node[key] ?? {}) as Record<string | number, unknown>;
      node[path[path.length - 1]] = value;
    }
    return story;
  });

describe('properties: hostile-but-plausible stories', () => {
  it('either render or give a validation error, and nothing runs', async () => {
    const el = document.createElement('source-list') as HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
    document.body.append(el);
    const outcomes = { renders: 0, validation: 0 };
    await fc.assert(
      fc.asyncProperty(hostileStory, async (story) => {
        const result = parseStory(story);
        if (!result.ok && result.error.kind !== 'validation') return false;
        el.story = story;
        await el.updateComplete;
        const error = el.shadowRoot!.querySelector('[part~="error"]');
        outcomes[result.ok ? 'renders' : 'validation'] += 1;
        return result.ok === (error === null) && (window as unknown as { __pwned?: number }).__pwned === undefined;
      }),
      settings,
    );
    el.remove();
    console.log(`hostile stories: ${outcomes.renders} rendered, ${outcomes.validation} validation errors`);
    expect(outcomes.renders).to.be.greaterThan(0);
    expect(outcomes.validation).to.be.greaterThan(0);
  });
});
