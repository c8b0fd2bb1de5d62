// `node test/frameworks/run.mjs` (a step of `npm test`, after the build): the packed package in real
// apps, as a user installs it. Each app in test/frameworks/<app>/ installs its own lockfile (cached by
// the lockfile's hash) plus the tarball of `npm pack`, type-checks strictly (src/probe.* holds
// deliberate mistakes that must be rejected), builds for production, and runs in headless Chromium.
// Also the framework-free server rendering (ssr.mjs). Writes its counts to $FRAMEWORK_RESULTS.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';
import { clientScenario } from './scenario.mjs';
import { check, closeBrowser, results, stories } from './lib.mjs';
import { ssrChecks } from './ssr.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const HERE = join(ROOT, 'test/frameworks');

/** Each app: how it type-checks, whether its page is server-rendered, and whether it registers a language itself. */
const APPS = [
  { name: 'react19', typecheck: ['npx', 'tsc', '--noEmit', '-p', '.'], ssr: true, plainTag: true },
  { name: 'react18', typecheck: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  // Also a server-rendered page (ssr.html: Vue's renderToString plus reality-kit/ssr's shadow roots).
  { name: 'vue', typecheck: ['npx', 'vue-tsc', '--noEmit', '-p', '.'], pages: [{ name: 'vue ssr', page: '/ssr.html', ssr: true }] },
  {
    name: 'svelte',
    language: true,
    typecheck: ['npx', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    probe: markupProbe('probe/Probe.svelte', ['svelte-check', '--tsconfig', './probe/tsconfig.json', '--output', 'machine'], / ERROR "([^"]+)" (\d+):/g),
  },
  {
    // One compiler run (it is the slow part): tsconfig.probe.json holds the app and the probe, and
    // only the probe's marked lines may be reported. The production build type-checks the app again.
    name: 'angular',
    probe: markupProbe('src/probe.ts', ['ngc', '-p', 'tsconfig.probe.json'], /^([\w./-]+):(\d+):\d+ - error/gm),
  },
];

/**
 * Neither svelte-check nor Angular's compiler has an expect-error comment for markup: the probe file
 * marks each deliberate mistake with an `expect-error` comment on the line before; every marked line,
 * and only those, must be reported (`pattern` captures a reported line number).
 */
function markupProbe(file, command, pattern) {
  return (dir) => {
    const source = readFileSync(join(dir, file), 'utf8').split('\n');
    const expected = source.flatMap((line, i) => (/<!-- expect-error/.test(line) ? [i + 2] : []));
    const { stdout, stderr } = spawnSync('npx', command, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const output = (stdout + stderr).replace(/\x1b\[[0-9;]*m/g, '');
    const errors = [...output.matchAll(pattern)].map(([, path, line]) => ({ path, line: Number(line) }));
    const reported = new Set(errors.filter((e) => e.path === file).map((e) => e.line));
    const missed = expected.filter((line) => !reported.has(line));
    const extra = errors.filter((e) => e.path !== file || !expected.includes(e.line)).map((e) => `${e.path}:${e.line}`);
    if (missed.length || extra.length || expected.length === 0) throw new Error(`mistakes not rejected on lines ${missed}; unexpected errors on lines ${extra}\n${output}`);
  };
}

const run = (cmd, args, cwd) => {
  const { status, stdout, stderr } = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}):\n${(stdout + stderr).trim().split('\n').slice(-25).join('\n')}`);
  return stdout;
};

const started = Date.now();
mkdirSync(join(ROOT, '.cache/frameworks'), { recursive: true });
const tarball = join(ROOT, '.cache/frameworks', execFileSync('npm', ['pack', '--silent', '--pack-destination', '.cache/frameworks'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop());
console.log(`  packed ${tarball.slice(ROOT.length + 1)}`);

/**
 * Installs one app: its lockfile (`npm ci`, skipped while the lockfile's hash is the one installed),
 * then the packed reality-kit, as a user installs a package. Installs wait on the network and the
 * disk, not the CPU: all apps install at once.
 */
async function install(app) {
  const dir = join(HERE, app.name);
  const hash = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex');
  const marker = join(dir, 'node_modules/.lockfile-hash');
  const npm = (args) => promisify(execFile)('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, maxBuffer: 1 << 24 });
  const started = Date.now();
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== hash) {
    await npm(['ci']);
    writeFileSync(marker, hash);
  }
  await npm(['install', '--no-save', tarball]);
  writeFileSync(join(dir, 'src/stories.json'), JSON.stringify(stories(), null, 2));
  return Date.now() - started;
}
// FRAMEWORK_APPS=angular,vue runs only those apps (while working on one); `npm test` runs them all.
const apps = process.env.FRAMEWORK_APPS ? APPS.filter((app) => process.env.FRAMEWORK_APPS.split(',').includes(app.name)) : APPS;
const installs = await Promise.allSettled(apps.map(install));

for (const [i, app] of apps.entries()) {
  const dir = join(HERE, app.name);
  console.log(`\n  ${app.name}`);
  const installed = installs[i].status === 'fulfilled';
  await check(`${app.name}: installs its lockfile and the packed reality-kit`, () => {
    if (!installed) throw installs[i].reason;
    console.log(`      installed in ${installs[i].value} ms (all apps at once)`);
  });
  if (!installed) continue;
  await check(`${app.name}: type-checks strictly, deliberate mistakes rejected`, () => {
    if (app.typecheck) run(app.typecheck[0], app.typecheck.slice(1), dir);
    app.probe?.(dir);
  });
  let built = false;
  await check(`${app.name}: production build`, () => {
    run('npm', ['run', 'build', '--silent'], dir);
    built = true;
  });
  if (!built) continue;
  const { server, base } = await serveStatic({ mounts: [['/', `test/frameworks/${app.name}/dist`]] });
  try {
    await clientScenario(base, app);
    for (const page of app.pages ?? []) await clientScenario(base, page);
  } finally {
    server.close();
  }
}

await ssrChecks();
await closeBrowser();
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n  frameworks: ${results.passed} passed, ${results.failed} failed in ${seconds} s`);
if (process.env.FRAMEWORK_RESULTS) writeFileSync(process.env.FRAMEWORK_RESULTS, JSON.stringify({ ...results, seconds }));
process.exit(results.failed ? 1 : 0);
