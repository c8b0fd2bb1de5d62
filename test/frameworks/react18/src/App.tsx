// The README's React 18 recipe: React 18 writes objects as attributes and drops custom-event
// handlers on plain tags, so use the components of `reality-kit/react`. The story is replaced, never mutated.
import { useState } from 'react';
import { GlossaryList, PredictionCard, RealityMeter, VoteWidget, type VoteCastEvent } from 'reality-kit/react';
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
          <GlossaryList story={story} theme="light" onStoryError={(e) => log({ type: 'story-error', kind: e.detail.kind })} />
        </>
      )}
    </main>
  );
}
