// Model-based property test of the reader state: random sequences of reader actions across one to
// three widgets and cards of one story, with moves, story swaps, removals and every kind of host answer,
// checked after every step against a model of a few lines: the reader's accepted value, the one
// pending value, and what each `previous` must be.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PredictionSubmitEvent, VoteCastEvent } from '../../src/events.js';
import { parts, part, referenceStory } from '../support/helpers.js';

const SEED = 20261130;
const RUNS = 1000;
const CHOICES = ['holds-up', 'overhyped', 'too-early'];
const PERCENTS = [10, 25, 50, 75, 90];

type Kind = 'vote' | 'forecast';
/** How the host answers the next action: at once, by refusing it, or later (the test decides how). */
type Policy = 'accept' | 'refuse' | 'wait';
type Step =
  | { do: 'act'; at: number; option: number; policy: Policy }
  | { do: 'answer'; kind: Kind; outcome: 'accept' | 'accept-figures' | 'reject' }
  | { do: 'move'; at: number }
  | { do: 'swap'; at: number }
  | { do: 'remove'; at: number };

interface Instance {
  el: HTMLElement & { story: unknown; updateComplete: Promise<unknown> };
  kind: Kind;
  /** Which story it shows now: the story under test, or another one (after a swap). */
  showing: 'main' | 'other';
  connected: boolean;
}

interface Model {
  accepted: unknown;
  pending: unknown;
}

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ do: fc.constant('act' as const), at: fc.nat(2), option: fc.nat(4), policy: fc.constantFrom<Policy>('accept', 'refuse', 'wait') }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('answer' as const), kind: fc.constantFrom<Kind>('vote', 'forecast'), outcome: fc.constantFrom('accept', 'accept-figures', 'reject') as fc.Arbitrary<'accept' | 'accept-figures' | 'reject'> }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('move' as const), at: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('swap' as const), at: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('remove' as const), at: fc.nat(2) }) },
);

let serial = 0;

async function settle(instances: Instance[]): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
  await Promise.all(instances.map((i) => i.el.updateComplete));
}

describe('reader state: model-based property test', () => {
  it(`${RUNS} random sequences across 1–3 instances match the model (seed ${SEED})`, async function () {
    this.timeout(240_000);
    console.log(`reader model test: ${RUNS} runs, seed ${SEED}`);
    const areas = [document.createElement('div'), document.createElement('div')];
    document.body.append(...areas);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom<Kind>('vote', 'forecast'), { minLength: 1, maxLength: 3 }), fc.array(step, { minLength: 1, maxLength: 12 }), async (kinds, steps) => {
          const main = referenceStory();
          main.id = `model-${++serial}`;
          const other = referenceStory();
          other.id = `model-other-${serial}`;
          const model: Record<Kind, Model> = { vote: { accepted: null, pending: null }, forecast: { accepted: null, pending: null } };
          const waiting: Record<Kind, Array<{ resolve: (v: unknown) => void; reject: (e: Error) => void }>> = { vote: [], forecast: [] };
          const sent: Array<{ kind: Kind; previous: unknown; expected: unknown }> = [];
          let policy: Policy = 'accept';
          const onAction = (kind: Kind) => (e: Event) => {
            const detail = (e as VoteCastEvent | PredictionSubmitEvent).detail;
            if (detail.storyId !== main.id) return;
            sent.push({ kind, previous: detail.previous, expected: model[kind].accepted });
            if (policy === 'refuse') e.preventDefault();
            if (policy === 'wait') detail.waitUntil(new Promise((resolve, reject) => waiting[kind].push({ resolve, reject })));
          };
          const onVote = onAction('vote');
          const onForecast = onAction('forecast');
          document.addEventListener('vote-cast', onVote);
          document.addEventListener('prediction-submit', onForecast);
          const instances: Instance[] = kinds.map((kind) => {
            const el = document.createElement(kind === 'vote' ? 'vote-widget' : 'prediction-card') as Instance['el'];
            el.story = main;
            areas[0].append(el);
            return { el, kind, showing: 'main', connected: true };
          });
          try {
            await settle(instances);
            for (const s of steps) {
              const target = instances[('at' in s ? s.at : 0) % instances.length];
              if (s.do === 'act' && target.connected && target.showing === 'main') {
                const m = model[target.kind];
                policy = s.policy;
                if (target.kind === 'vote') {
                  const choice = CHOICES[s.option % CHOICES.length];
                  (parts(target.el, 'choice')[s.option % CHOICES.length] as HTMLButtonElement).click();
                  if (choice !== m.accepted && m.pending === null) {
                    if (s.policy === 'accept') m.accepted = choice;
                    if (s.policy === 'wait') m.pending = choice;
                  }
                } else {
                  const percent = PERCENTS[s.option % PERCENTS.length];
                  const input = target.el.shadowRoot!.querySelector<HTMLInputElement>('#forecast')!;
                  input.value = String(percent);
                  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                  await target.el.updateComplete;
                  part(target.el, 'submit')!.click();
                  if (m.pending === null) {
                    if (s.policy === 'accept') m.accepted = percent / 100;
                    if (s.policy === 'wait') m.pending = percent / 100;
                  }
                }
              } else if (s.do === 'answer') {
                const next = waiting[s.kind].shift();
                const m = model[s.kind];
                if (next) {
                  if (s.outcome === 'reject') next.reject(new Error('no'));
                  else next.resolve(s.outcome === 'accept-figures' ? (s.kind === 'vote' ? { counts: { 'holds-up': 5 } } : { community: { probability: 0.3, count: 4 } }) : undefined);
                  if (s.outcome !== 'reject') m.accepted = m.pending;
                  m.pending = null;
                }
              } else if (s.do === 'move' && target.connected) {
                (target.el.parentElement === areas[0] ? areas[1] : areas[0]).append(target.el);
              } else if (s.do === 'swap') {
                target.showing = target.showing === 'main' ? 'other' : 'main';
                target.el.story = target.showing === 'main' ? main : other;
              } else if (s.do === 'remove') {
                if (target.connected) target.el.remove();
                else areas[0].append(target.el);
                target.connected = !target.connected;
              }
              await settle(instances);

              // After every step: what every instance shows, what is stored, what the host was told.
              for (const kind of ['vote', 'forecast'] as const) {
                expect(waiting[kind].length, `unanswered ${kind} actions`).to.be.at.most(1);
                const stored = localStorage.getItem(`reality-kit:${kind}:${JSON.stringify(kind === 'vote' ? [main.id] : [main.id, main.prediction!.id])}`);
                expect(stored === null ? null : JSON.parse(stored).value, `stored ${kind}`).to.equal(model[kind].accepted);
              }
              for (const i of instances.filter((x) => x.connected && x.showing === 'main')) {
                const m = model[i.kind];
                expect(i.el.hasAttribute('pending'), `${i.kind} pending`).to.equal(m.pending !== null);
                if (i.kind === 'vote') {
                  const shown = m.pending ?? m.accepted;
                  expect(parts(i.el, 'choice').map((b) => b.getAttribute('aria-pressed') === 'true')).to.deep.equal(CHOICES.map((c) => c === shown));
                  expect((i.el as unknown as { choice: unknown }).choice).to.equal(m.accepted);
                } else {
                  expect(i.el.hasAttribute('submitted'), 'forecast submitted').to.equal(m.accepted !== null);
                  expect((i.el as unknown as { forecast: unknown }).forecast).to.equal(m.accepted);
                }
              }
              for (const s of sent) expect(s.previous, `previous of a ${s.kind} action`).to.equal(s.expected);
            }
          } finally {
            document.removeEventListener('vote-cast', onVote);
            document.removeEventListener('prediction-submit', onForecast);
            for (const kind of ['vote', 'forecast'] as const) waiting[kind].splice(0).forEach((w) => w.reject(new Error('test over')));
            await settle(instances);
            for (const i of instances) i.el.remove();
            localStorage.clear();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      areas.forEach((a) => a.remove());
    }
  });
});
