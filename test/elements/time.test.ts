// Time passes while the page is open: the card follows the clock (one shared timer), relative times
// count calendar days in the reader's time zone, and a date that cannot be read never throws.
import { expect } from '@open-wc/testing';
import { formatDate, relativeTime } from '../../src/i18n/strings.js';
import { mount, part, referenceStory, sleep, text, until } from '../support/helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

describe('time that passes', () => {
  it('a card whose question closes in a few seconds closes itself, and its text follows the clock', async function () {
    this.timeout(10_000);
    const story = referenceStory();
    story.id = `closing-${Date.now()}`;
    story.prediction!.closesAt = iso(Date.now() + 3500);
    const el = await mount('prediction-card', story);
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Closes in [1-3] seconds?/);
    expect(part(el, 'input')).to.not.equal(null);
    await until(() => part(el, 'input') === null, 5000);
    expect(part(el, 'input')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Closed (now|\d+ seconds? ago)/);
    expect(text(part(el, 'base'))).to.contain('Forecasting has closed.');
    await sleep(1100);
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Closed \d+ seconds? ago/);
  });

  it('a question resolved before it closes says when it was resolved', async () => {
    const story = referenceStory();
    story.prediction!.resolution = { outcome: false, resolvedAt: iso(Date.now() - 3 * 864e5) };
    const el = await mount('prediction-card', story);
    expect(text(el.shadowRoot!.querySelector('time'))).to.match(/^Resolved 3 days ago \(/);
  });

  it('"tomorrow" and "in 2 days" count calendar days in the reader\'s time zone', () => {
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const now = Date.parse('2026-12-01T19:00:00Z'); // 20:00 in Berlin
    const rows: Array<[string, string, string]> = [
      ['2026-12-03T01:00:00Z', 'Europe/Berlin', 'in 2 days'], // 02:00 on Dec 3 in Berlin, 30 hours on
      ['2026-12-02T01:00:00Z', 'Europe/Berlin', 'tomorrow'], // 02:00 on Dec 2 in Berlin, 6 hours on
      ['2026-12-02T01:00:00Z', 'America/New_York', 'in 6 hours'], // still Dec 1 in New York
      ['2026-12-01T19:00:02Z', 'Europe/Berlin', 'in 2 seconds'],
      ['2026-11-30T19:00:00Z', 'Europe/Berlin', 'yesterday'],
      ['2027-12-01T19:00:00Z', 'Europe/Berlin', 'next year'],
    ];
    expect(rows.map(([target, zone]) => relativeTime(rtf, Date.parse(target), now, zone))).to.deep.equal(rows.map((r) => r[2]));
  });

  it('a date the browser cannot read gives no text, never an exception', () => {
    const rtf = new Intl.RelativeTimeFormat('en');
    expect(relativeTime(rtf, Number.NaN, Date.now())).to.equal('');
    expect(formatDate(new Intl.DateTimeFormat('en'), Number.NaN)).to.equal('');
  });
});
