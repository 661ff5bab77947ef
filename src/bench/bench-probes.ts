// The hardening issue's hostile probes, rerun end to end against the built CLI and a real `serve`
// (`npm run bench -- probes [--port-from 47310] [--db-name tri_probes] [--skip-pg] [--big-mb 4]`). Each probe is
// what a hostile or unlucky user does; each row says what happened, whether anything stored was lost, and whether
// the error (if any) was one clear line. Everything runs in a temp directory; the PostgreSQL database
// (tri_probes unless --db-name; server from TRIANGULATE_BENCH_PG) is created and dropped here; the servers it
// starts (serve, two loopback pages) are stopped. Speed and memory rows live in their own benches (html-scale,
// healthz, memory, lock, ingest-reads); this one prints their names beside the probes they measure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clutteredPage } from './bench-html.js';
import { inventedArticle } from './bench-html-scale.js';
import { healthzWhile, quantile, startServe } from './bench-healthz.js';
import { ADMIN_URL, admin } from './bench-store.js';

const BIN = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));

export interface ProbeOptions {
  readonly portFrom: number;
  readonly dbName: string;
  readonly postgres: boolean;
  readonly bigMb: number;
}

export function probeOptions(argv: readonly string[]): ProbeOptions {
  const value = (flag: string): string | undefined =>
    argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined;
  const dbName = value('--db-name') ?? 'tri_probes';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName))
    throw new Error(`bench probes: --db-name ${dbName} is not a plain name`);
  return {
    portFrom: Number(value('--port-from') ?? 47310),
    dbName,
    postgres: !argv.includes('--skip-pg'),
    bigMb: Number(value('--big-mb') ?? 4),
  };
}

export interface ProbeRow {
  readonly probe: string;
  readonly result: string;
  readonly lost: string;
  readonly error: string;
  readonly held: boolean;
}

interface Run {
  readonly rc: number | null;
  readonly out: string;
  readonly err: string;
  readonly seconds: number;
}

/** The built CLI run in `cwd`, killed after `timeoutMs` (rc null). Never blocks this process: the loopback pages
 * a probe fetches are served by it. */
function cli(args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, TRIANGULATE_DEBUG: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (rc) => {
      clearTimeout(timer);
      resolve({ rc, out, err, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** The error lines a run printed: clear means each is one `triangulate: …` line and none is a stack frame. */
function errorLines(run: Run): { lines: string[]; clear: boolean } {
  const lines = run.err.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('triangulate: warning'));
  const clear =
    lines.every((l) => l.startsWith('triangulate: ') && !/^\s+at /.test(l)) && !/\n\s+at /.test(run.err);
  return { lines, clear };
}

function firstError(run: Run): string {
  const { lines, clear } = errorLines(run);
  return lines.length === 0 ? 'none' : `${clear ? 'clear' : 'UNCLEAR'}: ${lines[0]?.slice(0, 140) ?? ''}`;
}

/** Documents and claims the store holds, read back through `export`. */
async function stored(
  db: string,
  cwd: string,
): Promise<{ documents: number; claims: number; rc: number | null }> {
  const run = await cli(['export', '--db', db, '-f', 'json'], cwd);
  if (run.rc !== 0) return { documents: -1, claims: -1, rc: run.rc };
  const json = JSON.parse(run.out) as { documents: unknown[]; claims: unknown[] };
  return { documents: json.documents.length, claims: json.claims.length, rc: 0 };
}

/** Many figures from one source about one incident on one date: one statement grouping hundreds of claims. */
function oneSourceManyFigures(n: number): string {
  const lines = ['LAHORE, June 2, 2025 — A bomb exploded at a crowded market in Lahore on Monday.'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `Police said ${i + 2} people were ${i % 2 === 0 ? 'wounded' : 'killed'} in the Lahore market bombing.`,
    );
  }
  return lines.join('\n');
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function benchProbes(options: ProbeOptions): Promise<{
  readonly rows: readonly ProbeRow[];
  readonly held: number;
  readonly loadAverage: readonly number[];
}> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-probes-'));
  const rows: ProbeRow[] = [];
  const row = (probe: string, result: string, lost: string, error: string, held: boolean): void => {
    rows.push({ probe, result, lost, error, held });
    process.stderr.write(`${held ? 'held  ' : 'BROKE '} ${probe}: ${result}\n`);
  };
  try {
    // 1. A statement grouping hundreds of claims (the timeline key that overflowed btree's row limit).
    await writeFile(join(dir, 'many.txt'), oneSourceManyFigures(300));
    {
      const db = join(dir, 'store-many');
      const ingest = await cli(['ingest', '--db', db, '-q', 'many.txt'], dir);
      const s = await stored(db, dir);
      const check = await cli(['check', '--db', db], dir);
      row(
        '300 figures from one source, one incident, one date (embedded)',
        `ingest ${ingest.rc}, export ${s.rc}: ${s.claims} claims; check ${check.rc}`,
        s.documents === 1 ? 'nothing' : `documents ${s.documents}`,
        firstError(ingest),
        ingest.rc === 0 && s.rc === 0 && s.claims >= 300 && check.rc === 0,
      );
    }
    if (options.postgres) {
      await admin(`drop database if exists ${options.dbName} with (force)`);
      await admin(`create database ${options.dbName}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${options.dbName}`;
      try {
        const ingest = await cli(['ingest', '--db', url.toString(), '-q', 'many.txt'], dir);
        const s = await stored(url.toString(), dir);
        row(
          '300 figures from one source, one incident, one date (PostgreSQL)',
          `ingest ${ingest.rc}, export ${s.rc}: ${s.claims} claims`,
          s.documents === 1 ? 'nothing' : `documents ${s.documents}`,
          firstError(ingest),
          ingest.rc === 0 && s.rc === 0 && s.claims >= 300,
        );
      } finally {
        await admin(`drop database if exists ${options.dbName} with (force)`);
      }
    }

    // 2. Exit codes and wording of partial failures.
    {
      await mkdir(join(dir, 'mixed'));
      for (let i = 0; i < 3; i++) {
        await writeFile(
          join(dir, 'mixed', `good${i}.txt`),
          `Police said ${i + 3} people were killed in Quetta.`,
        );
      }
      const missing = Array.from({ length: 13 }, (_, i) => `missing${i}.txt`);
      const db = join(dir, 'store-mixed');
      const some = await cli(
        ['ingest', '--db', db, '-q', 'mixed/good0.txt', 'mixed/good1.txt', 'mixed/good2.txt', ...missing],
        dir,
      );
      const s = await stored(db, dir);
      row(
        'ingest of 16 inputs, 13 missing',
        `exit ${some.rc}; ${s.documents} stored; last line "${errorLines(some).lines.at(-1) ?? ''}"`,
        s.documents === 3 ? 'nothing' : `stored ${s.documents} of 3`,
        firstError(some),
        some.rc === 2 && s.documents === 3 && errorLines(some).clear,
      );
      const none = await cli(['ingest', '--db', db, '-q', ...missing], dir);
      const all = await cli(['ingest', '--db', db, 'mixed'], dir);
      row(
        'ingest: every input missing / every input good',
        `exit ${none.rc} / exit ${all.rc}; "${/\(0 input/.test(all.err + all.out) ? 'says 0 failed' : 'no failure count when none failed'}"`,
        'nothing',
        firstError(none),
        none.rc === 1 && all.rc === 0 && !/\(0 input/.test(all.err + all.out),
      );
    }

    // 3. Inputs that are not reports.
    {
      await writeFile(join(dir, 'empty.txt'), '');
      await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 7, 8, 0, 0, 200, 13]));
      await writeFile(
        join(dir, 'lines.jsonl'),
        '{"text":"Police said 3 people were killed in Lahore."}\n{"text": oops}\n',
      );
      for (const [file, label] of [
        ['empty.txt', 'an empty file'],
        ['binary.txt', 'a binary file'],
        ['lines.jsonl', 'a JSONL file with one malformed line'],
      ] as const) {
        const run = await cli(['analyze', '-f', 'json', file], dir);
        const doubled = /^triangulate: (\S+): \1/m.test(run.err) || /#\d+: \S+:\d+:/.test(run.err);
        row(
          `analyze ${label}`,
          `exit ${run.rc}${doubled ? '; label doubled' : ''}`,
          'nothing stored (analyze)',
          firstError(run),
          run.rc !== null && !doubled && (run.rc === 0 || errorLines(run).clear),
        );
      }
    }

    // 4. Encodings, signs, ranges, absurd numbers.
    {
      await writeFile(
        join(dir, 'cp1252.txt'),
        Buffer.from('Caf\xe9 r\xe9sum\xe9: police said 4 people were killed in Lyon.\n', 'latin1'),
      );
      const run = await cli(['analyze', '-f', 'json', 'cp1252.txt'], dir);
      const warned = /warning: .*Windows-1252/.test(run.err);
      row(
        'a Windows-1252 .txt',
        `${warned ? 'warned' : 'no warning'}; text ${run.out.includes('Café résumé') ? '"Café résumé" kept' : 'garbled'}`,
        'nothing',
        warned ? 'a one-line warning' : 'none',
        warned && run.out.includes('Café résumé'),
      );
      const cases: [string, string, (v: Value[]) => boolean][] = [
        ['minus 5 killed', 'Police said minus 5 people were killed in Lyon.', (v) => v.length === 0],
        ['-5 killed', 'Police said -5 people were killed in Lyon.', (v) => v.length === 0],
        [
          'between 10 and 2 killed',
          'Police said between 10 and 2 people were killed in Lyon.',
          (v) => v.some((x) => x.low === 2 && x.high === 10),
        ],
        [
          '10^15 killed',
          'Police said 1000000000000000 people were killed in Lyon.',
          (v) => v.every((x) => (x.low ?? 0) < 1e12),
        ],
      ];
      for (const [label, sentence, ok] of cases) {
        await writeFile(join(dir, 'sign.txt'), sentence);
        const r = await cli(['analyze', '-f', 'json', 'sign.txt'], dir);
        const values = r.rc === 0 ? claimValues(r.out) : [];
        row(
          `"${label}"`,
          values.length === 0
            ? 'no claim'
            : values.map((v) => `${v.outcome} ${v.low ?? '?'}..${v.high ?? 'open'}`).join(', '),
          'nothing',
          firstError(r),
          r.rc === 0 && ok(values),
        );
      }
    }

    // 5. Files that are not files, stores that cannot be, ports that cannot be.
    {
      const fifo = join(dir, 'pipe.txt');
      spawnSync('mkfifo', [fifo]);
      // Each must end at once with one clear line (exit 1), never hang: killed after 30 s.
      for (const [probe, args] of [
        ['analyze a FIFO with no writer', ['analyze', 'pipe.txt']],
        ['ingest --db /proc/x', ['ingest', '--db', '/proc/x', 'mixed/good0.txt']],
        ['serve --port 99999', ['serve', '--port', '99999', '--db', join(dir, 'store-port')]],
      ] as const) {
        const run = await cli(args, dir, 30_000);
        row(
          probe,
          run.rc === null ? 'HUNG (killed after 30 s)' : `exit ${run.rc} in ${run.seconds.toFixed(1)} s`,
          'nothing',
          firstError(run),
          run.rc === 1 && errorLines(run).clear,
        );
      }
      const cap = join(dir, 'over-cap.txt');
      spawnSync('truncate', ['-s', String(50 * 1024 * 1024 + 1), cap]);
      const big = await cli(['analyze', 'over-cap.txt'], dir);
      row(
        'a file one byte over the 50 MB cap',
        `exit ${big.rc} in ${big.seconds.toFixed(1)} s`,
        'nothing',
        firstError(big),
        big.rc === 1 && errorLines(big).clear && !/50 MB is over the 50 MB/.test(big.err),
      );
      await rm(cap);
    }

    // 6. Markdown export of hostile text.
    {
      await writeFile(
        join(dir, 'hostile.txt'),
        'Police said <script>alert(1)</script> 3 people were killed in <img src=x onerror=alert(2)> Lyon.',
      );
      const db = join(dir, 'store-hostile');
      await cli(['ingest', '--db', db, '-q', 'hostile.txt'], dir);
      const md = await cli(['export', '--db', db, '-f', 'md'], dir);
      const raw = /<script|<img/i.test(md.out);
      row(
        'Markdown export of a report holding <script> and <img onerror>',
        `exit ${md.rc}; ${raw ? 'RAW HTML in output' : 'escaped'}`,
        'nothing',
        firstError(md),
        md.rc === 0 && !raw,
      );
    }

    // 7. Redirects to private addresses (loopback only: the typed host is taken as given, another one is not).
    {
      const inner = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('Internal: police said 7 people were killed in Lyon.');
      });
      const outer = createServer((_req, res) => {
        res.writeHead(302, { location: `http://127.0.0.1:${options.portFrom + 1}/secret` });
        res.end();
      });
      await listen(inner, options.portFrom + 1);
      await listen(outer, options.portFrom);
      try {
        const db = join(dir, 'store-net');
        const refused = await cli(
          ['ingest', '--db', db, '-q', `http://127.0.0.1:${options.portFrom}/r`],
          dir,
        );
        const s = await stored(db, dir);
        const allowed = await cli(
          ['ingest', '--db', db, '-q', '--allow-private-network', `http://127.0.0.1:${options.portFrom}/r`],
          dir,
        );
        const t = await stored(db, dir);
        row(
          'ingest of a URL that redirects to another loopback host:port',
          `refused: exit ${refused.rc}, ${s.documents} stored; with --allow-private-network: exit ${allowed.rc}, ${t.documents} stored`,
          'nothing',
          firstError(refused),
          refused.rc === 1 &&
            s.documents === 0 &&
            allowed.rc === 0 &&
            t.documents === 1 &&
            /--allow-private-network/.test(refused.err),
        );
      } finally {
        await Promise.all([close(inner), close(outer)]);
      }
    }

    // 8. The API: bad requests, a big posted report, reads while it is extracted.
    await serveProbes(dir, options, row);

    // 9. A stale lock and six simultaneous starters (one trial here; `npm run bench -- lock` runs 100).
    {
      const db = join(dir, 'store-lock');
      await cli(['ingest', '--db', db, '-q', 'mixed/good0.txt'], dir);
      await writeFile(join(db, 'lock'), '999999\n');
      for (let i = 0; i < 6; i++)
        await writeFile(join(dir, `s${i}.txt`), `Police said ${i + 11} people were wounded in Multan.`);
      const runs = await Promise.all(
        Array.from({ length: 6 }, (_, i) => cli(['ingest', '--db', db, '-q', `s${i}.txt`], dir)),
      );
      const s = await stored(db, dir);
      const ok = runs.filter((r) => r.rc === 0).length;
      const waited = runs.filter((r) => r.rc !== 0);
      row(
        'six simultaneous ingests over a stale lock file',
        `${ok} stored, ${waited.length} told the store is busy; store holds ${s.documents} of ${1 + ok}`,
        s.documents === 1 + ok ? 'nothing' : `${1 + ok - s.documents} reported stored but missing`,
        waited[0] ? firstError(waited[0]) : 'none',
        s.documents === 1 + ok && waited.every((r) => r.rc === 1 && errorLines(r).clear),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(table(rows));
  return {
    rows,
    held: rows.filter((r) => r.held).length,
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

interface Value {
  readonly outcome: string;
  readonly low: number | null;
  readonly high: number | null;
}

function claimValues(json: string): Value[] {
  const out = JSON.parse(json) as {
    claims: { outcome: string; value: { low: number | null; high: number | null } }[];
  };
  return out.claims.map((c) => ({ outcome: c.outcome, low: c.value.low, high: c.value.high }));
}

async function serveProbes(
  dir: string,
  options: ProbeOptions,
  row: (probe: string, result: string, lost: string, error: string, held: boolean) => void,
): Promise<void> {
  const db = join(dir, 'store-api');
  await cli(['ingest', '--db', db, '-q', 'mixed'], dir);
  const server = await startServe(['--port', String(options.portFrom + 2), '--db', db]);
  const { base } = server;
  try {
    const huge = Buffer.from(String(2 ** 40)).toString('base64url');
    for (const [label, path] of [
      ['NUL in query', '/api/incidents?query=train%00hijack'],
      ['NUL in claimant', '/api/claims?claimant=bla%00'],
      ['NUL in incident', '/api/claims?incident=%00'],
      ['NUL in a document id', '/api/documents/abc%00def'],
      ['a cursor that decodes to a huge number', `/api/incidents?cursor=${huge}`],
      ['a query of 50 hyphens', `/api/incidents?query=${'-'.repeat(50)}`],
    ] as const) {
      const res = await fetch(base + path);
      const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      row(
        `GET with ${label}`,
        `${res.status}`,
        'nothing',
        body.error?.message ? `clear: ${body.error.message.slice(0, 120)}` : 'no message',
        res.status === 400 && typeof body.error?.message === 'string',
      );
    }
    const privateUrl = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `http://127.0.0.1:${options.portFrom + 1}/` }),
    });
    const privateBody = (await privateUrl.json().catch(() => ({}))) as { error?: { message?: string } };
    const message = privateBody.error?.message ?? '';
    row(
      'POST /api/documents with a loopback URL',
      `${privateUrl.status}`,
      'nothing',
      message ? `clear: ${message.slice(0, 120)}` : 'no message',
      // Refused (403: the server will not, rather than cannot), naming only an option that exists.
      privateUrl.status === 403 && /triangulate ingest --allow-private-network/.test(message),
    );
    // A big posted report (the 4 MB POST that once made the store unreadable), with /healthz asked meanwhile.
    const html = clutteredPage({ text: inventedArticle(options.bigMb * 1e6, 4), title: 'A long report' });
    const post = fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    }).then(async (r) => ({ status: r.status, body: await r.text() }));
    const { answer, latencies } = await healthzWhile(base, post, 200);
    const list = await fetch(`${base}/api/incidents`);
    const docs = (await (await fetch(`${base}/api/documents`)).json()) as { items?: unknown[] };
    row(
      `POST of a ${options.bigMb} MB HTML report (one figure every fourth sentence)`,
      `${answer.status}; then GET /api/incidents ${list.status}; /healthz median ` +
        `${quantile(latencies, 0.5).toFixed(0)} ms, p90 ${quantile(latencies, 0.9).toFixed(0)} ms, ` +
        `max ${quantile(latencies, 1).toFixed(0)} ms over ${latencies.length}`,
      `${docs.items?.length ?? '?'} documents listed (4 expected)`,
      answer.status >= 400 ? `${answer.body.slice(0, 120)}` : 'none',
      answer.status === 201 &&
        list.status === 200 &&
        docs.items?.length === 4 &&
        quantile(latencies, 1) < 1000,
    );
  } finally {
    await server.stop();
  }
}

function table(rows: readonly ProbeRow[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '| probe | result | lost | error | held |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.probe)} | ${cell(r.result)} | ${cell(r.lost)} | ${cell(r.error)} | ${r.held ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
}
