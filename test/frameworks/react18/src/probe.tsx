// Deliberate mistakes: each line below must be rejected by the type-check (an unused
// `@ts-expect-error` is itself an error, so a mistake that slips through fails the check).
import { PredictionCard, VoteWidget } from 'reality-kit/react';

export const probes = [
  // @ts-expect-error: not a theme
  <VoteWidget theme="blue" />,
  // @ts-expect-error: the detail has `choice`, not `choise`
  <VoteWidget onVoteCast={(e) => e.detail.choise} />,
  // @ts-expect-error: a probability is a number
  <PredictionCard onPredictionSubmit={(e) => e.detail.probability.toUpperCase()} />,
  // @ts-expect-error: no such element property
  <VoteWidget revael />,
];
