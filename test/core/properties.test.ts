// Property-based tests (fast-check) with a fixed seed, so a failure reproduces: the seed is logged.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { realityScore } from '../../src/core/index.js';
import { parseStory, parseStoryJson } from '../../src/story/schema.js';

const SEED = 20261126;
const RUNS = 2000;
const settings = { seed: SEED, numRuns: RUNS };
console.log(`fast-check seed ${SEED}, ${RUNS} runs per property`);

/** Ids the format accepts: its characters, and none of the names that reach an object's prototype. */
const idArb = fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/).filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id));

/** Any story the schema accepts (within the format's limits, but small). */
const storyArb = fc
  .record({
    sources: fc.uniqueArray(fc.record({ id: idArb, name: fc.string({ maxLength: 20 }), trust: fc.integer({ min: 0, max: 100 }) }), {
      maxLength: 12,
      selector: (s) => s.id,
    }),
    evidence: fc.array(fc.record({ stance: fc.constantFrom('supports', 'caveat', 'contradicts'), text: fc.string({ maxLength: 20 }) }), { maxLength: 50 }),
    signal: fc.constantFrom('confirmed', 'reported', 'speculative', 'hype'),
  })
  .map(({ sources, evidence, signal }) => ({
    version: 1,
    id: 'story',
    headline: 'Headline',
    claim: { text: 'Claim', signal, evidence },
    sources,
  }));

describe('properties', () => {
  it('for any valid story the score is an integer 0–100 and the factors add up to it', () => {
    fc.assert(
      fc.property(storyArb, (input) => {
        const parsed = parseStory(input);
        if (!parsed.ok) return false;
        const { score, factors } = realityScore(parsed.story);
        const sum = factors.reduce((a, f) => a + f.points, 0);
        return Number.isInteger(score) && score >= 0 && score <= 100 && sum === score && factors.every((f) => Number.isInteger(f.points) && f.points >= 0 && f.points <= f.max);
      }),
      settings,
    );
  });

  it('parsing arbitrary JSON values never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseStory(value);
        return typeof result.ok === 'boolean';
      }),
      settings,
    );
  });

  it('parsing arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => typeof parseStoryJson(text).ok === 'boolean'),
      settings,
    );
  });

  it('objects with prototype keys anywhere never pollute Object.prototype', () => {
    const dangerous = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
    const key = fc.oneof(dangerous, fc.constantFrom('version', 'id', 'claim', 'sources', 'read', 'counts', 'choices'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        // Through JSON text, so `__proto__` is an own key as it would be in a fetched file.
        parseStoryJson(JSON.stringify({ version: 1, payload: value, claim: value, read: value }));
        parseStory(JSON.parse(JSON.stringify(value)));
        const probe = {} as Record<string, unknown>;
        return Object.keys(Object.prototype).length === 0 && probe.polluted === undefined && typeof probe.toString === 'function';
      }),
      settings,
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).not.to.include('polluted');
  });
});
