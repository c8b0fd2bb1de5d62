// Deliberate mistakes: each line below must be rejected by the type-check (an unused
// `@ts-expect-error` is itself an error, so a mistake that slips through fails the check).
import { VoteWidget } from 'reality-kit/react';
import 'reality-kit/vote-widget.js';
import type {} from 'reality-kit/jsx';

export const probes = [
  // @ts-expect-error: not a theme
  <VoteWidget theme="blue" />,
  // @ts-expect-error: the detail has `choice`, not `choise`
  <VoteWidget onVoteCast={(e) => e.detail.choise} />,
  // @ts-expect-error: not a theme (plain tag, reality-kit/jsx)
  <vote-widget theme="blue" />,
  // @ts-expect-error: the detail has `choice`, not `choise` (plain tag)
  <vote-widget onvote-cast={(e) => e.detail.choise} />,
  // @ts-expect-error: no such element property
  <VoteWidget revael />,
];

const widget = document.querySelector('vote-widget')!;
// @ts-expect-error: not a theme (HTMLElementTagNameMap)
widget.theme = 'blue';
// @ts-expect-error: the detail has `choice`, not `choise` (HTMLElementEventMap)
widget.addEventListener('vote-cast', (e) => e.detail.choise);
widget.addEventListener('vote-cast', (e) => e.detail.choice.toUpperCase());
