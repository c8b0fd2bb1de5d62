// The core is safe to call: given anything parseStory would refuse, each function throws one
// CoreInputError naming the function and the field, never returns NaN or impossible points. A table
// of bad inputs, and a property: whatever an unvalidated object holds, the result is either that error
// or a score with every factor within its maximum.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CoreInputError,
  averageTrust,
  bandOf,
  baselineScore,
  brierScore,
  communityForecast,
  communityRead,
  confidenceOf,
  realityScore,
} from '../../src/core/index.js';
import { referenceStory } from '../fixtures/index.js';

type Call = () => unknown;
const story = (patch: (s: ReturnType<typeof referenceStory>) => void) => {
  const s = referenceStory() as ReturnType<typeof referenceStory> & Record<string, any>;
  patch(s);
  return s;
};
const read = () => structuredClone(referenceStory().read!);
const prediction = () => structuredClone(referenceStory().prediction!);

const ROWS: Array<[string, Call, string]> = [
  ['realityScore({})', () => realityScore({} as never), 'realityScore(): sources must be a list'],
  ['realityScore(null)', () => realityScore(null as never), 'realityScore(): the argument must be an object'],
  ['realityScore("story")', () => realityScore('story' as never), 'realityScore(): the argument must be an object'],
  ['trust 140', () => realityScore(story((s) => (s.sources[0].trust = 140))), 'sources[0].trust must be a whole number from 0 to 100'],
  ['trust "40"', () => realityScore(story((s) => ((s.sources[0] as any).trust = '40'))), 'sources[0].trust must be a whole number from 0 to 100'],
  ['trust NaN', () => realityScore(story((s) => (s.sources[0].trust = NaN))), 'sources[0].trust must be a whole number from 0 to 100'],
  ['trust 40.5', () => realityScore(story((s) => (s.sources[0].trust = 40.5))), 'sources[0].trust must be a whole number from 0 to 100'],
  ['source null', () => realityScore(story((s) => ((s.sources as any)[0] = null))), 'sources[0] must be an object'],
  ['no claim', () => realityScore(story((s) => delete (s as any).claim)), 'claim must be an object'],
  ['signal "constructor"', () => realityScore(story((s) => ((s.claim as any).signal = 'constructor'))), 'claim.signal must be one of: confirmed, reported, speculative, hype'],
  ['evidence missing', () => realityScore(story((s) => delete (s.claim as any).evidence)), 'claim.evidence must be a list'],
  ['stance "maybe"', () => realityScore(story((s) => ((s.claim.evidence[2] as any).stance = 'maybe'))), 'claim.evidence[2].stance must be one of: supports, caveat, contradicts'],
  ['averageTrust(undefined)', () => averageTrust(undefined as never), 'averageTrust(): sources must be a list'],
  ['averageTrust([{ trust: -1 }])', () => averageTrust([{ trust: -1 }]), 'averageTrust(): sources[0].trust must be a whole number from 0 to 100'],
  ['communityRead({})', () => communityRead({} as never), 'communityRead(): read.choices must be a list'],
  ['count -3', () => communityRead({ ...read(), counts: { 'holds-up': -3 } }), 'read.counts.holds-up must be a whole number'],
  ['count "5"', () => communityRead({ ...read(), counts: { 'holds-up': '5' as never } }), 'read.counts.holds-up must be a whole number'],
  ['counts []', () => communityRead({ ...read(), counts: [] as never }), 'read.counts must be an object'],
  ['choice without id', () => communityRead({ choices: [{ label: 'x' } as never, { id: 'b', label: 'b' }] }), 'read.choices[0].id must be text'],
  ['ownChoice 3', () => communityRead(read(), 3 as never), 'ownChoice must be a choice id or null'],
  ['communityForecast(null)', () => communityForecast(null as never), 'communityForecast(): prediction must be an object'],
  ['forecast 1.2', () => communityForecast({ ...prediction(), forecasts: [0.2, 1.2] }), 'prediction.forecasts[1] must be a number from 0 to 1'],
  ['community probability "0.4"', () => communityForecast({ ...prediction(), community: { probability: '0.4' as never, count: 3 } }), 'prediction.community.probability must be a number from 0 to 1'],
  ['own forecast 50', () => communityForecast(prediction(), 50), 'ownProbability must be a number from 0 to 1'],
  ['brierScore(NaN)', () => brierScore(NaN, true), 'brierScore(): p must be a number from 0 to 1'],
  ['brierScore(0.5, "yes")', () => brierScore(0.5, 'yes' as never), 'brierScore(): outcome must be true or false'],
  ['baselineScore(2)', () => baselineScore(2, false), 'baselineScore(): p must be a number from 0 to 1'],
  ['bandOf(140)', () => bandOf(140), 'bandOf(): score must be a number from 0 to 100'],
  ['confidenceOf(-1, 3)', () => confidenceOf(-1, 3), 'confidenceOf(): sourceCount must be a whole number'],
];

describe('core: the input guard', () => {
  for (const [name, call, message] of ROWS) {
    it(`${name} throws CoreInputError: ${message}`, () => {
      let thrown: unknown = null;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).to.be.instanceOf(CoreInputError);
      expect(thrown).to.be.instanceOf(TypeError);
      expect((thrown as Error).name).to.equal('CoreInputError');
      expect((thrown as Error).message).to.contain(message);
      expect((thrown as Error).message).to.match(/^reality-kit\/core \w+\(\): .*; validate the story with parseStory first$/);
    });
  }

  it('a valid story and valid parts pass, with the same results as before', () => {
    expect(realityScore(referenceStory()).score).to.equal(34);
    expect(averageTrust([])).to.equal(null);
    expect(communityRead(read(), null).total).to.be.a('number');
    expect(communityForecast({ ...prediction(), community: undefined, forecasts: [] }).probability).to.equal(null);
  });

  it('whatever an unvalidated object holds, realityScore throws CoreInputError or gives points within each maximum', () => {
    const anything = fc.oneof(fc.integer({ min: -200, max: 200 }), fc.double(), fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());
    const looseSource = fc.record({ trust: fc.oneof(anything, fc.integer({ min: 0, max: 100 })) }, { requiredKeys: [] });
    const looseStory = fc.record(
      {
        sources: fc.oneof(fc.array(fc.oneof(looseSource, anything), { maxLength: 5 }), anything),
        claim: fc.oneof(
          fc.record(
            {
              signal: fc.oneof(fc.constantFrom('confirmed', 'reported', 'speculative', 'hype', 'toString', '__proto__'), anything),
              evidence: fc.oneof(fc.array(fc.record({ stance: fc.oneof(fc.constantFrom('supports', 'caveat', 'contradicts', 'valueOf'), anything) }), { maxLength: 6 }), anything),
            },
            { requiredKeys: [] },
          ),
          anything,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(looseStory, (input) => {
        let result: ReturnType<typeof realityScore>;
        try {
          result = realityScore(input as never);
        } catch (error) {
          return error instanceof CoreInputError;
        }
        const sum = result.factors.reduce((a, f) => a + f.points, 0);
        return (
          Number.isInteger(result.score) &&
          result.score >= 0 &&
          result.score <= 100 &&
          sum === result.score &&
          result.factors.every((f) => Number.isInteger(f.points) && f.points >= 0 && f.points <= f.max)
        );
      }),
      { numRuns: 500 },
    );
  });
});
