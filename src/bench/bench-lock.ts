// Many simultaneous starters against a stale lock (`npm run bench -- lock`, or `node dist/bench/bench-lock.js
// [trials] [starters]`): each trial leaves a lock file from a dead process, then starts N processes at once that
// each take the store lock, prove they hold it alone (an O_EXCL marker file), and let go. A trial is broken when
// two held it at once or when nobody could take it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The compiled lock module (children run plain Node); from the TypeScript sources (tests) the build in dist/. */
const LOCK_MODULE = new URL(
  fileURLToPath(import.meta.url).endsWith('.ts')
    ? '../../dist/store/lock-directory.js'
    : '../store/lock-directory.js',
  import.meta.url,
).href;

/** One starter: lock, claim the marker exclusively, hold a moment, release. Prints took / refused / BROKEN. */
const STARTER = `
import { open, rm } from 'node:fs/promises';
import { lockDirectory } from ${JSON.stringify(LOCK_MODULE)};
const dir = process.argv[1];
let unlock;
try { unlock = await lockDirectory(dir); } catch (e) { console.log('refused ' + e.message); process.exit(0); }
try {
  const marker = await open(dir + '/holder', 'wx');
  await new Promise((r) => setTimeout(r, 30));
  await marker.close();
  await rm(dir + '/holder');
  console.log('took');
} catch (e) { console.log('BROKEN ' + e.message); }
await unlock();
`;

function starter(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', STARTER, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim()));
  });
}

/** A pid that belonged to a process which has exited: what kill -9 during an ingest leaves in the lock file. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid ?? 999_999;
}

export async function benchLock(trials = 100, starters = 6) {
  let broken = 0;
  let took = 0;
  let refused = 0;
  const dead = await deadPid();
  const started = performance.now();
  for (let t = 0; t < trials; t++) {
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-lock-'));
    try {
      await writeFile(join(dir, 'lock'), String(dead));
      const results = await Promise.all(Array.from({ length: starters }, () => starter(dir)));
      const holders = results.filter((r) => r === 'took').length;
      took += holders;
      refused += results.filter((r) => r.startsWith('refused')).length;
      if (results.some((r) => r.startsWith('BROKEN')) || holders === 0) broken++;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return {
    trials,
    starters,
    broken,
    took,
    refused,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [trials, starters] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchLock(trials || 100, starters || 6), null, 2));
}
