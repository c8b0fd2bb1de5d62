// The adversarial corpus (test/fixtures/adversarial/, made by scripts/make-adversarial.mjs): every
// hostile story through the parser and through all five elements, on a normal page and under the
// strict CSP with Trusted Types. Nothing may run, leak, crash or be built from story text.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { parseStoryJson } from '../src/story/schema.js';
// Plain JavaScript, shared with the strict-CSP page.
import { checkCorpus } from './support/adversarial-check.js';
import { openFrame } from './support/helpers.js';

interface Expected {
  outcome: 'renders' | 'json' | 'validation' | 'fetch';
  path?: string;
}

describe('adversarial corpus', () => {
  let index: Record<string, Expected>;
  before(async () => {
    index = await (await fetch('/test/fixtures/adversarial/index.json')).json();
  });

  it('has at least 40 stories, each with its expected outcome', () => {
    expect(Object.keys(index).length).to.be.at.least(40);
  });

  it('the parser gives each story its expected outcome and never throws', async () => {
    const wrong: string[] = [];
    for (const [file, expected] of Object.entries(index)) {
      const result = parseStoryJson(await (await fetch(`/test/fixtures/adversarial/${file}`)).text());
      const outcome = result.ok ? 'renders' : result.error.kind;
      if (outcome !== expected.outcome) wrong.push(`${file}: ${outcome}${result.ok ? '' : ` (${result.error.message})`}`);
      else if (!result.ok && expected.path !== undefined && result.error.issues[0]?.path !== expected.path) wrong.push(`${file}: path ${result.error.issues[0]?.path}`);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('all five elements: the expected outcome, no script, no markup from text, no foreign request, no page error', async () => {
    const pageErrors: string[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.message);
    window.addEventListener('error', onError);
    const { count, failures } = await checkCorpus(document);
    window.removeEventListener('error', onError);
    expect(count).to.equal(Object.keys(index).length);
    expect(failures).to.deep.equal({});
    expect(pageErrors).to.deep.equal([]);
  });

  it('the same under a strict CSP with Trusted Types, from the built bundle', async () => {
    type ProbeWindow = Window & { __adversarial?: { count: number; failures: object }; __errors: string[]; __violations: string[] };
    const { frame, win } = await openFrame<ProbeWindow>('/test/e2e/pages/adversarial-csp.html', { ready: (_doc, w) => w.__adversarial });
    const result = win.__adversarial!;
    expect(result.count).to.equal(Object.keys(index).length);
    expect(result.failures).to.deep.equal({});
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
