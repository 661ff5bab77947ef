// /healthz while a big report is ingested through the API (`npm run bench -- healthz`, or `node
// dist/bench/bench-healthz.js [MB]`): `triangulate serve` on a fresh store in a temp directory, one POST of an
// invented HTML report of N MB (one figure every fourth sentence), and /healthz asked every 100 ms meanwhile.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clutteredPage } from './bench-html.js';
import { inventedArticle } from './bench-html-scale.js';

const BIN = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));

/** `triangulate serve` with these arguments, up and answering: its base URL, and a stop that waits for its exit. */
export async function startServe(
  args: readonly string[],
): Promise<{ readonly base: string; stop(): Promise<void> }> {
  const server = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = async (): Promise<void> => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  };
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /serving (http:\/\/\S+)/.exec(err);
        if (m?.[1]) resolve(m[1].replace(/\/$/, ''));
      });
      server.on('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    return { base, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** `/healthz` asked every `everyMs` while `work` runs: its answer, and the latencies, sorted. */
export async function healthzWhile<T>(
  base: string,
  work: Promise<T>,
  everyMs: number,
): Promise<{ readonly answer: T; readonly latencies: number[] }> {
  let working = true;
  const done = work.finally(() => (working = false));
  const latencies: number[] = [];
  while (working) {
    const t0 = performance.now();
    await (await fetch(`${base}/healthz`)).text();
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return { answer: await done, latencies: latencies.sort((a, b) => a - b) };
}

/** The latency at quantile `q` of sorted latencies, to 0.1 ms. */
export const quantile = (sorted: readonly number[], q: number): number =>
  Number((sorted[Math.floor((sorted.length - 1) * q)] ?? 0).toFixed(1));

export async function benchHealthz(mb = 15) {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-healthz-'));
  const server = await startServe(['--port', '0', '--db', join(dir, 'store')]).catch(async (e: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw e;
  });
  try {
    const html = clutteredPage({ text: inventedArticle(mb * 1e6, 4), title: 'A long report' });
    const started = performance.now();
    const post = fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    }).then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 300) }));
    const { answer, latencies } = await healthzWhile(server.base, post, 100);
    return {
      htmlMb: Number((html.length / 1e6).toFixed(1)),
      ingestSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      answer,
      healthz: {
        requests: latencies.length,
        medianMs: quantile(latencies, 0.5),
        p99Ms: quantile(latencies, 0.99),
        maxMs: quantile(latencies, 1),
      },
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchHealthz(Number(process.argv[2]) || 15), null, 2));
}
