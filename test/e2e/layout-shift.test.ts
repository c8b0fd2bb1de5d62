// No layout shift at any column width: bench/cls.html (an article column with the five elements and
// the built dist/reality-kit.css) loads with its story 700 ms late, in columns of 320, 412, 672 and
// 1,280 px inside one 1,440 px wide frame, so the reserved heights must follow the column, not the
// window. Both themes, English and German (the longest words of the shipped languages), and the
// same page server-rendered by reality-kit/ssr, where nothing may move at all.
import { expect } from '@open-wc/testing';
import { COLUMNS, GOAL } from '../../bench/cls-cases.js';

type LayoutWindow = Window & { __done: Promise<number> };

/**
 * Loads one frame per column at once and resolves with each CLS. The frames lie on top of each other
 * at the top left: a frame outside the viewport would have its rendering throttled.
 */
async function clsPerColumn(page: string, query: Record<string, string>): Promise<number[]> {
  const frames = COLUMNS.map((col) => {
    const frame = document.createElement('iframe');
    // The frame is the window: wider than every column, and the same for all of them.
    frame.style.cssText = 'width:1440px;height:900px;border:0;position:fixed;top:0;left:0';
    const story = `/test-server/story?${new URLSearchParams({ key: `layout-${col}-${query.theme}-${query.lang}`, delay: '700' })}`;
    frame.src = `${page}?${new URLSearchParams({ ...query, col: String(col), story })}`;
    document.body.append(frame);
    return frame;
  });
  try {
    return await Promise.all(
      frames.map(async (frame) => {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        return (frame.contentWindow as LayoutWindow).__done;
      }),
    );
  } finally {
    frames.forEach((frame) => frame.remove());
  }
}

describe('layout shift: the story arriving 700 ms late moves nothing, in any column', () => {
  for (const [theme, lang] of [['light', 'en'], ['dark', 'en'], ['light', 'de'], ['dark', 'de']]) {
    it(`with dist/reality-kit.css, ${theme} theme, ${lang}: CLS ≤ ${GOAL} in columns of ${COLUMNS.join(', ')} px`, async function () {
      this.timeout(30_000);
      const cls = await clsPerColumn('/bench/cls.html', { theme, lang });
      COLUMNS.forEach((col, i) => expect(cls[i], `${col} px column: CLS ${cls[i]}`).to.be.at.most(GOAL));
    });
  }

  it('without dist/reality-kit.css the page does move (the measurement can fail)', async function () {
    this.timeout(30_000);
    const cls = await clsPerColumn('/bench/cls.html', { theme: 'light', lang: 'en', css: '0' });
    expect(Math.max(...cls)).to.be.above(GOAL);
  });

  for (const theme of ['light', 'dark']) {
    it(`server-rendered by reality-kit/ssr, ${theme} theme: CLS 0 in every column while the bundle takes it over`, async function () {
      this.timeout(30_000);
      const cls = await clsPerColumn('/test-server/ssr-layout', { theme, lang: 'en' });
      COLUMNS.forEach((col, i) => expect(cls[i], `${col} px column: CLS ${cls[i]}`).to.be.below(0.001));
    });
  }
});
