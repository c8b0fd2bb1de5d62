// Web Test Runner: every test runs in headless Debian Chromium (see scripts/chromium.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import { demoApi, ssrLayoutPage, storyServer, strictCspPages } from './test/support/test-server.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { minifyTemplates } from './scripts/template-minifier.mjs';

const executablePath = requireChromium();

/** A page whose CSP forbids eval (no 'unsafe-eval'), recording every violation it reports. */
const strictCspHtml = (testFramework) => `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'; object-src 'none'">
<script>
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
</script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`;

/**
 * Measures the page through the Chrome DevTools Protocol after a forced garbage collection: JS heap,
 * DOM nodes and event listeners (for the leak test). Called from a test with
 * `executeServerCommand('cdp-metrics')`.
 */
const cdpMetrics = {
  name: 'cdp-metrics',
  async executeCommand({ command, session }) {
    if (command !== 'cdp-metrics') return undefined;
    const page = session.browser.getPage(session.id);
    const client = await page.createCDPSession();
    try {
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await client.send('Runtime.getHeapUsage');
      const counters = await client.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
    } finally {
      await client.detach();
    }
  },
};

/**
 * A second tab of the test page's browser context, for tests of what tabs share (storage events, the
 * back/forward cache). `executeServerCommand('second-tab', { action, ... })`: `open` a path, `eval` a
 * script (an expression; `{ value }` comes back), `goto` another path, `back`, `close`.
 */
const secondTab = {
  name: 'second-tab',
  tab: null,
  async executeCommand({ command, payload, session }) {
    if (command !== 'second-tab') return undefined;
    const page = session.browser.getPage(session.id);
    const url = (path) => new URL(path, page.url()).href;
    switch (payload.action) {
      case 'open':
        this.tab = await page.browserContext().newPage();
        await this.tab.goto(url(payload.path), { waitUntil: 'load' });
        return true;
      case 'eval':
        // Wrapped: a command that returns undefined or null reads as "unknown command".
        return { value: await this.tab.evaluate(payload.script) };
      case 'goto':
        await this.tab.goto(url(payload.path), { waitUntil: 'load' });
        return true;
      case 'back':
        await this.tab.goBack({ waitUntil: 'load' });
        return true;
      case 'close':
        await this.tab?.close();
        this.tab = null;
        return true;
      default:
        throw new Error(`second-tab: unknown action ${payload.action}`);
    }
  },
};

/**
 * Emulates a media type and colour scheme together (`executeServerCommand('emulate-media-both',
 * { media, colorScheme })`): the stock `emulateMedia` sets them in two protocol calls, and the
 * second resets the first, so "printing from a dark screen" cannot be emulated with it.
 */
/**
 * Runs the `reality-kit` command line as a real process (`executeServerCommand('reality-kit',
 * { args })` → `{ status, stdout }`), so a page can hold the command's messages against the ones its
 * elements show. Needs `npm run build` (the command runs the built package).
 */
const realityKitCli = {
  name: 'reality-kit-cli',
  async executeCommand({ command, payload }) {
    if (command !== 'reality-kit') return undefined;
    const { spawnSync } = await import('node:child_process');
    const { status, stdout } = spawnSync(process.execPath, ['bin/reality-kit.mjs', ...payload.args], { encoding: 'utf8' });
    return { status, stdout };
  },
};

const emulationSessions = new WeakMap(); // page → its CDP session: overrides end when a session detaches
const emulateMediaBoth = {
  name: 'emulate-media-both',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-both') return undefined;
    const page = session.browser.getPage(session.id);
    if (!emulationSessions.has(page)) emulationSessions.set(page, await page.createCDPSession());
    const features = [{ name: 'prefers-color-scheme', value: payload.colorScheme ?? '' }];
    await emulationSessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
    return true;
  },
};

/**
 * `test/minifier/templates.ts?minified`: that module as the build minifies it (the build's own
 * minifier and options), beside the plain one, so test/minifier/ can compare what each renders.
 */
const minifiedTemplates = {
  name: 'minified-templates',
  async transform(context) {
    if (!context.path.endsWith('/test/minifier/templates.ts') || !context.URL.searchParams.has('minified')) return undefined;
    const result = await minifyTemplates(String(context.body), context.path);
    if (!result) throw new Error('the template minifier left test/minifier/templates.ts unchanged');
    return { body: result.code };
  },
};

export default {
  nodeResolve: true,
  hostname: '127.0.0.1',
  rootDir: '.',
  // One page at a time: with two, a test file that waits on frames stalls until the finish timeout.
  concurrency: 1,
  testsFinishTimeout: 60_000,
  browserStartTimeout: 60_000,
  // test/frameworks/ holds apps with their own node_modules, run by test/frameworks/run.mjs instead.
  files: ['test/**/*.test.ts', '!test/**/*.csp.test.ts', '!test/frameworks/**'],
  groups: [
    { name: 'strict-csp', files: ['test/**/*.csp.test.ts', '!test/frameworks/**'], testRunnerHtml: strictCspHtml },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  plugins: [minifiedTemplates, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), cdpMetrics, secondTab, emulateMediaBoth, realityKitCli],
  middleware: [demoApi, strictCspPages, ssrLayoutPage, storyServer],
  testFramework: { config: { timeout: 15_000 } },
  reporters: [defaultReporter(), countReporter()],
};
