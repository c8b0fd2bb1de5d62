// Runs on a page whose CSP forbids eval (see the strict-csp group in web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/story/schema.js';
import { referenceStory } from '../fixtures/index.js';

const violations = () => (window as unknown as { __cspViolations: string[] }).__cspViolations;

describe('validator under a CSP without unsafe-eval', () => {
  it('the page really forbids eval, and reports it (the check below can fail)', async () => {
    const before = violations().length;
    expect(() => new Function('return 1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations().length).to.equal(before + 1);
    violations().length = before;
  });
  it('validates stories with no violation reported', async () => {
    expect(parseStory(referenceStory()).ok).to.equal(true);
    expect(parseStory({ version: 1 }).ok).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations()).to.deep.equal([]);
  });
});
