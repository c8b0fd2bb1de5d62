// The README's React 19 recipe: the components of `reality-kit/react` (server-rendered, then hydrated)
// and a plain tag typed by `reality-kit/jsx`. The story is replaced, never mutated.
import { useEffect, useState } from 'react';
import type {} from 'reality-kit/jsx';
import { PredictionCard, RealityMeter, VoteWidget, type VoteCastEvent } from 'reality-kit/react';
import stories from './stories.json';

declare global {
  interface Window {
    __events?: unknown[];
  }
}
const log = (entry: Record<string, unknown>) => (window.__events ??= []).push(entry);

export function App() {
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState(true);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const story = stories[index];

  const onVoteCast = (event: VoteCastEvent) => {
    log({ type: 'vote-cast', choice: event.detail.choice, previous: event.detail.previous });
    event.detail.waitUntil(Promise.resolve({ counts: { [event.detail.choice]: 500 } }));
  };

  return (
    <main>
      <button id="swap" onClick={() => setIndex(1 - index)}>Next story</button>
      <button id="toggle" onClick={() => setShown(!shown)}>Show or hide</button>
      {shown && (
        <>
          <RealityMeter story={story} theme="light" onStoryLoad={(e) => log({ type: 'story-load', id: e.detail.story.id })} />
          <VoteWidget story={story} theme="light" onVoteCast={onVoteCast} />
          <PredictionCard story={story} theme="light" onPredictionSubmit={(e) => log({ type: 'prediction-submit', probability: e.detail.probability })} />
        </>
      )}
      {/* A plain tag: React 19 sets its properties and listeners, on a client render (not on hydration). */}
      {hydrated && shown && <glossary-list story={story} theme="light" onstory-load={(e) => log({ type: 'plain-story-load', id: e.detail.story.id })} />}
    </main>
  );
}
