// The Storybook smoke test fails a story that logs a console error, not only one that throws or has
// an axe violation: an element that complains while rendering is not rendering correctly.
import { afterEach, beforeEach } from 'vitest';

let logged: string[] = [];
const original = console.error;

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (logged.length > 0) throw new Error(`console.error while rendering the story:\n${logged.join('\n')}`);
});
