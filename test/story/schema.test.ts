import { expect } from '@open-wc/testing';
import { parseStory, parseStoryJson, type ParseResult } from '../../src/story/schema.js';
import { referenceStory } from '../fixtures/index.js';

type Json = Record<string, any>;

/** The reference story changed by `edit`. */
function edited(edit: (s: Json) => void): Json {
  const story = referenceStory() as Json;
  edit(story);
  return story;
}

function issuesOf(result: ParseResult) {
  if (result.ok) throw new Error('expected a validation error, got a story');
  return result.error.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('story schema: the reference story', () => {
  it('validates and keeps every field', () => {
    const result = parseStory(referenceStory());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.story.id).to.equal('amazon-jassy-anthropic-export-curbs');
    expect(result.story.claim.evidence.length).to.equal(6);
    expect(result.story.glossary!.length).to.equal(6);
    expect(result.story.read!.counts).to.deep.equal({ 'holds-up': 41, overhyped: 88, 'too-early': 57 });
    expect(result.story.prediction!.forecasts!.length).to.equal(10);
  });
  it('parses from JSON text, with or without a byte-order mark', () => {
    const json = JSON.stringify(referenceStory());
    expect(parseStoryJson(json).ok).to.equal(true);
    expect(parseStoryJson('\ufeff' + json).ok).to.equal(true);
  });
  it('returns a frozen story (it is shared between elements)', () => {
    const result = parseStory(referenceStory());
    expect(result.ok && Object.isFrozen(result.story) && Object.isFrozen(result.story.sources[0])).to.equal(true);
  });
});

describe('story schema: version first', () => {
  const rows: Array<[string, unknown, string]> = [
    ['version 2', 2, 'version: this file is version 2; reality-kit reads version 1'],
    ['version "1" as text', '1', 'version: this file is version "1" (text, not a number); reality-kit reads version 1'],
    ['version missing', undefined, 'version: is required; reality-kit reads version 1'],
    ['a long string is not repeated', 'x'.repeat(50), 'version: is not a version number; reality-kit reads version 1'],
    ['an object', { v: 1 }, 'version: is not a version number; reality-kit reads version 1'],
  ];
  for (const [name, version, message] of rows) {
    it(name, () => {
      const story = edited((s) => {
        if (version === undefined) delete s.version;
        else s.version = version;
        s.sources[0].trust = 500; // would be an issue too, but the version is checked first
      });
      const result = parseStory(story);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal('validation');
      expect(result.error.message).to.equal(message);
      expect(result.error.issues.length).to.equal(1);
    });
  }
});

describe('story schema: readable messages', () => {
  const rows: Array<{ name: string; edit: (s: Json) => void; issue: string }> = [
    { name: 'trust above 100', edit: (s) => (s.sources[0].trust = 101), issue: 'sources[0].trust: must be at most 100' },
    { name: 'trust below 0', edit: (s) => (s.sources[0].trust = -1), issue: 'sources[0].trust: must be at least 0' },
    { name: 'trust not whole', edit: (s) => (s.sources[0].trust = 40.5), issue: 'sources[0].trust: must be a whole number' },
    { name: 'trust as text', edit: (s) => (s.sources[0].trust = '40'), issue: 'sources[0].trust: must be a number' },
    { name: 'trust missing', edit: (s) => delete s.sources[0].trust, issue: 'sources[0].trust: is required' },
    { name: 'headline empty', edit: (s) => (s.headline = ''), issue: 'headline: must not be empty' },
    { name: 'headline too long', edit: (s) => (s.headline = 'h'.repeat(301)), issue: 'headline: must be at most 300 characters' },
    { name: 'claim missing', edit: (s) => delete s.claim, issue: 'claim: is required' },
    { name: 'unknown signal', edit: (s) => (s.claim.signal = 'rumour'), issue: 'claim.signal: must be one of: confirmed, reported, speculative, hype' },
    { name: 'unknown stance', edit: (s) => (s.claim.evidence[0].stance = 'maybe'), issue: 'claim.evidence[0].stance: must be one of: supports, caveat, contradicts' },
    { name: 'too many evidence items', edit: (s) => (s.claim.evidence = Array(51).fill({ stance: 'supports', text: 'x' })), issue: 'claim.evidence: must have at most 50 items' },
    { name: 'bad id characters', edit: (s) => (s.id = 'has space'), issue: 'id: must be an id: letters, digits and . _ : - only' },
    { name: 'id too long', edit: (s) => (s.id = 'a'.repeat(201)), issue: 'id: must be at most 200 characters' },
    { name: 'date-time without a zone', edit: (s) => (s.publishedAt = '2026-11-26T08:00:00'), issue: 'publishedAt: must be a date-time such as 2026-11-26T08:00:00Z' },
    { name: 'one choice only', edit: (s) => (s.read.choices = s.read.choices.slice(0, 1)), issue: 'read.choices: must have at least 2 items' },
    { name: 'negative count', edit: (s) => (s.read.counts.overhyped = -1), issue: 'read.counts.overhyped: must be at least 0' },
    { name: 'forecast above 1', edit: (s) => (s.prediction.forecasts[0] = 1.5), issue: 'prediction.forecasts[0]: must be at most 1' },
    { name: 'infinite number (1e999)', edit: (s) => (s.prediction.forecasts[0] = Infinity), issue: 'prediction.forecasts[0]: must be a finite number' },
    { name: 'sources not a list', edit: (s) => (s.sources = {}), issue: 'sources: must be a list' },
    { name: 'outcome not boolean', edit: (s) => (s.prediction.resolution = { outcome: 'yes', resolvedAt: '2027-01-01T00:00:00Z' }), issue: 'prediction.resolution.outcome: must be true or false' },
    { name: 'duplicate source id', edit: (s) => s.sources.push({ ...s.sources[0] }), issue: 'sources[1].id: repeats the id of an earlier source' },
    { name: 'evidence citing an unknown source', edit: (s) => (s.claim.evidence[0].sources = ['nyt']), issue: 'claim.evidence[0].sources[0]: names a source that is not in sources' },
    { name: 'duplicate choice id', edit: (s) => (s.read.choices[1].id = 'holds-up'), issue: 'read.choices[1].id: repeats the id of an earlier choice' },
    { name: 'count for an unknown choice', edit: (s) => (s.read.counts.maybe = 3), issue: 'read.counts: has a count for a choice that is not in read.choices' },
    { name: 'duplicate term, other case', edit: (s) => s.glossary.push({ term: 'bis entity list', definition: 'again' }), issue: 'glossary[6].term: repeats an earlier term' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = parseStory(edited(row.edit));
      expect(issuesOf(result)).to.include(row.issue);
      if (!result.ok) expect(result.error.message.startsWith(row.issue)).to.equal(true);
    });
  }
  it('the root must be an object', () => {
    for (const value of [null, [], 'story', 1, true]) {
      expect(issuesOf(parseStory(value))).to.deep.equal([': a story must be a JSON object']);
    }
  });
  it('counts further issues in the message', () => {
    const result = parseStory(edited((s) => { s.headline = ''; s.sources[0].trust = 101; }));
    expect(result.ok ? '' : result.error.message).to.equal('headline: must not be empty (and 1 more)');
  });
  it('never repeats the input in a message', () => {
    const result = parseStory(edited((s) => (s.claim.signal = '<img src=x onerror=alert(1)>')));
    expect(result.ok ? '' : JSON.stringify(result.error)).not.to.contain('onerror');
  });
});

describe('story schema: limits are checked before patterns', () => {
  it('a 1 MB id gets only the length issue (the pattern never ran)', () => {
    const result = parseStory(edited((s) => (s.id = 'a b'.repeat(350_000))));
    expect(issuesOf(result)).to.deep.equal(['id: must be at most 200 characters']);
  });
  it('a 1 MB date-time gets only the length issue', () => {
    const result = parseStory(edited((s) => (s.publishedAt = '2'.repeat(1_000_000))));
    expect(issuesOf(result)).to.deep.equal(['publishedAt: must be at most 64 characters']);
  });
  const limits: Array<[string, (s: Json, v: string) => void, number]> = [
    ['summary', (s, v) => (s.summary = v), 2000],
    ['claim.text', (s, v) => (s.claim.text = v), 1000],
    ['sources[0].name', (s, v) => (s.sources[0].name = v), 200],
    ['sources[0].note', (s, v) => (s.sources[0].note = v), 500],
    ['read.prompt', (s, v) => (s.read.prompt = v), 200],
    ['read.choices[0].label', (s, v) => (s.read.choices[0].label = v), 80],
    ['glossary[0].definition', (s, v) => (s.glossary[0].definition = v), 2000],
    ['prediction.question', (s, v) => (s.prediction.question = v), 500],
    ['claim.reasoning.impact', (s, v) => (s.claim.reasoning.impact = v), 2000],
    ['topics[0]', (s, v) => (s.topics[0] = v), 60],
  ];
  for (const [path, set, limit] of limits) {
    it(`${path}: ${limit} characters pass, ${limit + 1} fail`, () => {
      expect(parseStory(edited((s) => set(s, 'x'.repeat(limit)))).ok).to.equal(true);
      expect(issuesOf(parseStory(edited((s) => set(s, 'x'.repeat(limit + 1)))))).to.deep.equal([`${path}: must be at most ${limit} characters`]);
    });
  }
});

describe('story schema: unknown and dangerous keys', () => {
  it('drops unknown keys at every level', () => {
    const result = parseStory(edited((s) => { s.extra = 1; s.claim.extra = 2; s.sources[0].extra = 3; }));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect('extra' in result.story || 'extra' in result.story.claim || 'extra' in result.story.sources[0]).to.equal(false);
  });
  it('__proto__, constructor and prototype keys never reach a prototype', () => {
    const json = JSON.stringify(referenceStory())
      .replace('{"version":1', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3},"version":1')
      .replace('"trust":40', '"trust":40,"__proto__":{"polluted":4}')
      .replace('"holds-up":41', '"holds-up":41,"__proto__":5');
    const result = parseStoryJson(json);
    expect(({} as Json).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    const clean = result;
    expect(clean.ok).to.equal(true);
    if (!clean.ok) return;
    expect(Object.getPrototypeOf(clean.story)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(clean.story.sources[0])).to.equal(Object.prototype);
    expect((clean.story as Json).polluted).to.equal(undefined);
    expect(Object.keys(clean.story.read!.counts!)).to.deep.equal(['holds-up', 'overhyped', 'too-early']);
    expect(Object.getPrototypeOf(clean.story.read!.counts)).to.equal(Object.prototype);
  });
  it('cleans controls and bidi overrides out of text', () => {
    const result = parseStory(edited((s) => (s.headline = 'Head\u202eline\u0000')));
    expect(result.ok && result.story.headline).to.equal('Headline');
  });
});

describe('story schema: JSON text', () => {
  it('truncated JSON is a json error', () => {
    const result = parseStoryJson(JSON.stringify(referenceStory()).slice(0, 100));
    expect(result.ok ? '' : `${result.error.kind}: ${result.error.message}`).to.equal('json: the story is not valid JSON');
  });
  it('text over 256 KB is refused before parsing', () => {
    const json = JSON.stringify({ ...referenceStory(), padding: 'x'.repeat(262_144) });
    const result = parseStoryJson(json);
    expect(result.ok ? '' : `${result.error.kind}: ${result.error.message}`).to.equal('fetch: the story is larger than 256 KB');
  });
  it('multi-byte text is measured in bytes', () => {
    const json = JSON.stringify({ ...referenceStory(), padding: '€'.repeat(90_000) }); // 270 KB in UTF-8
    expect(parseStoryJson(json).ok).to.equal(false);
  });
});
