// Until the elements exist, the demo shows what the scoring core makes of the reference story.
import { realityScore, averageTrust } from '/dist/core.js';

const story = await (await fetch('/stories/story-export-curbs.json')).json();
const { score, band, factors } = realityScore(story);
document.getElementById('score').textContent =
  `${story.headline}: ${score} (${band}), ${factors.map((f) => f.points).join(' + ')}; average trust ${averageTrust(story.sources)}/100`;
