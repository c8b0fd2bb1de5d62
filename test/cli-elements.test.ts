// `reality-kit validate` and the elements say the same thing: every story of the adversarial corpus
// (and a broken reference story) through the command line, run as a real process, and through
// <reality-meter> on this page. Each problem the command prints is an issue of the element's
// `story-error`, in the same order, and the element's visible message starts with the first one.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { StoryErrorEvent } from '../src/events.js';
import { mount, oneEvent, part, text } from './support/helpers.js';

interface Report {
  files: Array<{ file: string; valid: boolean; kind?: string; problems: Array<{ path: string; message: string; line: number; column: number }> }>;
}

describe('reality-kit validate and the elements', () => {
  it('give the same verdict and the same messages for every story of the corpus', async () => {
    const index = (await (await fetch('/test/fixtures/adversarial/index.json')).json()) as Record<string, unknown>;
    const files = [...Object.keys(index).map((name) => `test/fixtures/adversarial/${name}`), 'test/fixtures/cli/broken-story.json'];
    const run = (await executeServerCommand('reality-kit', { args: ['validate', '--format', 'json', ...files] })) as { status: number; stdout: string };
    expect(run.status).to.equal(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.length).to.equal(files.length);
    const differences: string[] = [];
    for (const [i, file] of files.entries()) {
      const cli = report.files[i];
      const body = await (await fetch(`/${file}`)).text();
      const el = await mount('reality-meter', undefined);
      const settled = Promise.race([oneEvent(el, 'story-error'), oneEvent(el, 'story-load')]);
      el.story = body;
      const event = (await settled) as StoryErrorEvent | Event;
      await el.updateComplete;
      if (event.type === 'story-load') {
        if (!cli.valid) differences.push(`${file}: the element renders it, the command says invalid`);
        continue;
      }
      const detail = (event as StoryErrorEvent).detail;
      const shown = cli.problems.map((p) => ({ path: p.path, message: p.message }));
      if (cli.valid) differences.push(`${file}: the command says valid, the element refuses it`);
      else if (JSON.stringify(shown) !== JSON.stringify(detail.issues)) differences.push(`${file}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(detail.issues)}`);
      else if (cli.kind !== detail.kind) differences.push(`${file}: kind ${cli.kind} ≠ ${detail.kind}`);
      const first = cli.problems[0];
      const visible = text(part(el, 'error'));
      if (!cli.valid && !visible.includes(first.path ? `${first.path}: ${first.message}` : first.message)) differences.push(`${file}: the element shows "${visible}"`);
    }
    expect(differences).to.deep.equal([]);
  });
});
