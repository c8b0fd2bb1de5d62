// The core speaks in ids (band, low-confidence reason, factor); the English band label stays for
// callers that read `band`.
import { expect } from '@open-wc/testing';
import { BAND_LABELS, bandIdOf, bandOf, lowConfidenceReason, realityScore } from '../../src/core/index.js';
import { referenceStory } from '../fixtures/index.js';

describe('core: ids, not English', () => {
  const bands: Array<[number, string]> = [
    [0, 'unsupported'], [19, 'unsupported'], [20, 'doubtful'], [39, 'doubtful'], [40, 'unsettled'],
    [59, 'unsettled'], [60, 'likely'], [79, 'likely'], [80, 'well-supported'], [100, 'well-supported'],
  ];
  for (const [score, id] of bands) {
    it(`${score} is ${id}, labelled ${BAND_LABELS[id as keyof typeof BAND_LABELS]}`, () => {
      expect(bandIdOf(score)).to.equal(id);
      expect(bandOf(score)).to.equal(BAND_LABELS[bandIdOf(score)]);
    });
  }

  const reasons: Array<[number, number, string | null]> = [
    [0, 10, 'no-sources'], [1, 10, 'single-source'], [2, 2, 'little-evidence'], [2, 3, null], [5, 50, null],
  ];
  for (const [n, e, reason] of reasons) it(`${n} sources, ${e} evidence: ${reason}`, () => expect(lowConfidenceReason(n, e)).to.equal(reason));

  it('realityScore gives the band id, its English label and the reason together', () => {
    const result = realityScore(referenceStory() as never);
    expect({ band: result.band, bandId: result.bandId, confidence: result.confidence, reason: result.lowConfidenceReason }).to.deep.equal({
      band: 'Doubtful',
      bandId: 'doubtful',
      confidence: 'low',
      reason: 'single-source',
    });
    expect(result.factors.map((f) => f.id)).to.deep.equal(['trust', 'evidence', 'corroboration', 'signal']);
  });
});
