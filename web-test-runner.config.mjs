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

export default {
  nodeResolve: true,
  hostname: '127.0.0.1',
  rootDir: '.',
  // One page at a time: with two, a test file that waits on frames stalls until the finish timeout.
  concurrency: 1,
  testsFinishTimeout: 60_000,
  browserStartTimeout: 60_000,
  files: ['test/**/*.test.ts', '!test/**/*.csp.test.ts'],
  groups: [
    { name: 'strict-csp', files: 'test/**/*.csp.test.ts', testRunnerHtml: strictCspHtml },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [strictCspPages, storyServer],
  testFramework: { config: { timeout: 15_000 } },
  reporters: [defaultReporter(), countReporter()],
};
