// The layout-shift goal and the column widths it holds at, shared by the benchmark (bench/cls.mjs)
// and the test that runs in `npm test` (test/e2e/layout-shift.test.ts). Plain JS: the browser test
// imports it as it is.

/** Article column widths in px: a narrow phone, a large phone, a tablet's column, a desktop. */
export const COLUMNS = [320, 412, 672, 1280];

/** The largest CLS allowed with reality-kit.css and a story 700 ms late (0 when server-rendered). */
export const GOAL = 0.01;
