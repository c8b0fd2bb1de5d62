// A throwaway PostgreSQL server for the tests and the benchmark: `initdb` in a temporary folder,
// `pg_ctl start` on loopback at a free port, trust authentication (loopback only), and a `stop()` that
// removes everything. Debian's `postgresql` package provides the binaries (`.ci/run` installs it); as
// root the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
// `REALITY_PG_URL` (a connection string to a server you run yourself) skips all of this.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest `/usr/lib/postgresql/<version>/bin`, or null when PostgreSQL is not installed. */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts a server; resolves with `{ url, stop }` (`url`: a connection string to its `postgres`
 * database), or with null when PostgreSQL is not installed and `REALITY_PG_URL` is not set.
 */
export async function startPostgres() {
  if (process.env.REALITY_PG_URL) return { url: process.env.REALITY_PG_URL, stop() {} };
  const bin = postgresBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'reality-pg-'));
  const asRoot = process.getuid?.() === 0;
  // As root, everything below runs as `postgres`, which must own the folder.
  const run = (tool, args) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // fsync off: a test server's data is thrown away, and fsync on a shared disk dominates its timings.
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -k ${dir} -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server and removes its folder; safe to call twice. */
    stop() {
      if (stopped) return;
      stopped = true;
      const argv = ['-D', data, '-m', 'fast', '-w', 'stop'];
      spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...argv] : argv, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
