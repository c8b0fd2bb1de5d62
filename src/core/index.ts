/**
 * `reality-kit/core`: the scoring core alone. No Lit, no DOM, no clock: safe to import on a server.
 */
export {
  METHODOLOGY_VERSION,
  MIN_READS_FOR_LEADER,
  averageTrust,
  bandOf,
  baselineScore,
  brierScore,
  communityForecast,
  communityRead,
  confidenceOf,
  realityScore,
} from './score.js';
export type { Band, CommunityForecast, CommunityRead, Confidence, Factor, FactorId, RealityScore, Share } from './score.js';
export { CoreInputError } from './guard.js';
export { largestRemainder, median, roundHalfUp, wilsonInterval } from './numbers.js';
export { toJsonLd, jsonForScript, type JsonLdOptions } from './json-ld.js';
