// Exit codes as docs/exit-codes.md says (0 all read, 2 some failed, 1 none), and every CLI error on one line.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from './cli-process.js';

let work: string;
beforeAll(async () => {
  requireBuild();
  work = await mkdtemp(join(tmpdir(), 'triangulate-exit-'));
  await writeFile(join(work, 'good.txt'), 'Police said 4 civilians were killed in the market on Tuesday.\n');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const SLOW = 120_000;

describe('exit codes and one-line errors', () => {
  it(
    'ingest: 0 when all were read, 2 when some failed, 1 when none',
    async () => {
      const db = join(work, 'store');
      const all = await runCli(['ingest', '--quiet', '--db', db, join(work, 'good.txt')]).done;
      expect(all.code, all.stderr).toBe(0);
      const some = await runCli([
        'ingest',
        '--quiet',
        '--db',
        db,
        join(work, 'good.txt'),
        join(work, 'missing.txt'),
      ]).done;
      expect(some.code).toBe(2);
      expect(some.stderr.trim().split('\n')).toEqual([
        `triangulate: ${join(work, 'missing.txt')}: no such file or directory`,
        'triangulate: 1 input(s) failed; the others were stored',
      ]);
      const none = await runCli(['ingest', '--quiet', '--db', db, join(work, 'missing.txt')]).done;
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('nothing could be ingested (1 input(s) failed)');
    },
    SLOW,
  );

  it.skipIf(!existsSync('/proc/self'))(
    '--db /proc/x fails at once with one line and exit 1',
    async () => {
      const run = await runCli(['export', '--db', '/proc/x']).done;
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        "triangulate: cannot use /proc/x as a store (ENOENT: no such file or directory, mkdir '/proc/x'); pass --db with a writable directory",
      ]);
    },
    SLOW,
  );

  it(
    'refuses a named pipe instead of waiting for a writer',
    async () => {
      const fifo = join(work, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      const run = await runCli(['analyze', fifo]).done;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `${fifo}: a named pipe, not a regular file; to read a stream, pipe it into triangulate with - instead`,
      );
    },
    SLOW,
  );

  it.each([
    [['serve', '--port', '99999'], /^triangulate: --port "99999" is not a port number \(0 to 65535\)\n$/],
    [['delete', '--db', 'DBDIR', 'no-such-id'], /^triangulate: no document "no-such-id" in the store\n$/],
  ])(
    '%j fails with one line',
    async (args, message) => {
      const run = await runCli(args.map((a) => (a === 'DBDIR' ? join(work, 'store2') : a))).done;
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
    },
    SLOW,
  );
});
