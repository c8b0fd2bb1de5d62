/**
 * `reality-kit/core`: the scoring core alone. No Lit, no DOM, no clock: safe to import on a server.
 */
export {
  METHODOLOGY_VERSION,
  MIN_READS_FOR_LEADER,
  BAND_LABELS,
  averageTrust,
  bandIdOf,
  bandOf,
  baselineScore,
  brierScore,
  communityForecast,
  communityRead,
  confidenceOf,
  lowConfidenceReason,
  realityScore,
} from './score.js';
export type { Band, BandId, LowConfidenceReason, CommunityForecast, CommunityRead, Confidence, Factor, FactorId, RealityScore, Share } from './score.js';
export { CoreInputError } from './guard.js';
export { largestRemainder, median, roundHalfUp, wilsonInterval } from './numbers.js';
export { toJsonLd, jsonForScript, type JsonLdOptions } from './json-ld.js';
