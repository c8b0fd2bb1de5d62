// Web Test Runner: every test runs in headless Debian Chromium (see scripts/chromium.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import { storyServer, strictCspPages } from './test/support/test-server.mjs';
import { countReporter } from './test/support/count-reporter.mjs';

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
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), cdpMetrics],
  middleware: [strictCspPages, storyServer],
  testFramework: { config: { timeout: 15_000 } },
  reporters: [defaultReporter(), countReporter()],
};
