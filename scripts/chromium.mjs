// The one place that knows where Chromium is and how to start it on these machines. Web Test Runner,
// the end-to-end tests, screenshots and benchmarks all import it.
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** `CHROME_PATH` when it is set and exists, else the first usual path that exists, else `null`. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return USUAL_PATHS.find((p) => existsSync(p)) ?? null;
}

/** The one line a developer needs when there is no browser to test in. */
export const MISSING_CHROMIUM =
  'reality-kit: no Chromium found (set CHROME_PATH, or install it: sudo apt-get install -y chromium)';

/**
 * Headless, as root, on a machine with no network but loopback: these flags stop Chromium's own
 * background traffic (and ~24 DNS look-ups a run) that would otherwise be refused and slow it down.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // nonsecure.test is loopback under a name that is not a secure context (for the hardening tests).
  '--host-resolver-rules=MAP nonsecure.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Exits with the one-line hint when no Chromium can be found; returns its path otherwise. */
export function requireChromium() {
  const path = findChromium();
  if (!path) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  return path;
}

// `node scripts/chromium.mjs` is the test command's first step: it stops at once, in one line.
if (import.meta.url === `file://${process.argv[1]}`) requireChromium();
