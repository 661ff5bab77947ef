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

export async function benchHealthz(mb = 15) {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-healthz-'));
  const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(dir, 'store')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /serving (http:\/\/\S+)/.exec(err);
        if (m?.[1]) resolve(m[1]);
      });
      server.on('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    const html = clutteredPage({ text: inventedArticle(mb * 1e6, 4), title: 'A long report' });
    const latencies: number[] = [];
    let posting = true;
    const started = performance.now();
    const post = fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    }).then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 300) }));
    void post.finally(() => (posting = false));
    while (posting) {
      const t0 = performance.now();
      const r = await fetch(`${base}/healthz`);
      await r.text();
      latencies.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answer = await post;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Number((latencies[Math.floor((latencies.length - 1) * q)] ?? 0).toFixed(1));
    return {
      htmlMb: Number((html.length / 1e6).toFixed(1)),
      ingestSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      answer,
      healthz: { requests: latencies.length, medianMs: at(0.5), p99Ms: at(0.99), maxMs: at(1) },
      loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchHealthz(Number(process.argv[2]) || 15), null, 2));
}
