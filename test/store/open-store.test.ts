// Opening a store the user pointed at wrongly answers one clear line with code bad_db, never a stack trace.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, storeTarget } from '../../src/store/open-store.js';
import { makeDirectory } from '../../src/store/make-directory.js';
import { existsSync, statSync } from 'node:fs';
import { requireBuild, runCli } from './cli-process.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'triangulate-open-'));
  await writeFile(join(work, 'a-file'), 'not a directory');
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function badDb(target: string): Promise<string> {
  const error = await openStore(target).then(
    async (store) => {
      await store.close();
      throw new Error(`${target} opened`);
    },
    (e: unknown) => e as { code: string; message: string },
  );
  expect(error.code).toBe('bad_db');
  expect(error.message).not.toContain('\n');
  return error.message;
}

describe('openStore', () => {
  it.skipIf(!existsSync('/proc/self'))(
    'refuses a directory under /proc at once (Node’s own mkdir -p spun forever there)',
    async () => {
      const started = Date.now();
      expect(await badDb('/proc/triangulate-x')).toContain(
        'cannot use /proc/triangulate-x as a store (ENOENT',
      );
      expect(await badDb('/proc/triangulate-x/deeper/store')).toContain('ENOENT');
      expect(Date.now() - started).toBeLessThan(10_000);
    },
  );

  it('refuses a device and a file under a file, and still makes a new nested directory (negative case)', async () => {
    expect(await badDb('/dev/null')).toContain('cannot use /dev/null as a store');
    expect(await badDb(join(work, 'a-file', 'store'))).toContain('ENOTDIR');
    const nested = join(work, 'new', 'nested', 'store');
    await makeDirectory(nested);
    await makeDirectory(nested);
    expect(statSync(nested).isDirectory()).toBe(true);
  });

  it('refuses URLs of other databases', async () => {
    expect(await badDb('mysql://root@localhost/news')).toContain('postgres://');
  });

  it('refuses a malformed PostgreSQL URL', async () => {
    expect(await badDb('postgres://postgres@127.0.0.1:99999/x')).toMatch(
      /not a valid database URL|cannot connect/,
    );
  });

  it('says when no server answers, without printing the password', async () => {
    const message = await badDb('postgres://postgres:hunter2@127.0.0.1:1/triangulate');
    expect(message).toContain('cannot connect');
    expect(message).not.toContain('hunter2');
  });

  it('says when the database does not exist', async () => {
    expect(await badDb('postgres://postgres@127.0.0.1:5432/triangulate_no_such_database')).toContain(
      'triangulate_no_such_database',
    );
  });

  it('refuses a directory it cannot create', async () => {
    expect(await badDb(join(work, 'a-file', 'store'))).toContain('writable directory');
  });

  it('keeps a second opener out of a PGlite directory in use', async () => {
    const dir = join(work, 'busy');
    const store = await openStore(dir);
    try {
      expect(await badDb(dir)).toContain('in use');
    } finally {
      await store.close();
    }
    const again = await openStore(dir);
    await again.close();
  }, 120_000);

  it('takes --db, then TRIANGULATE_DB, then ./.triangulate', () => {
    const saved = process.env.TRIANGULATE_DB;
    try {
      process.env.TRIANGULATE_DB = 'postgres://db.example/news';
      expect(storeTarget('mine')).toBe('mine');
      expect(storeTarget()).toBe('postgres://db.example/news');
      delete process.env.TRIANGULATE_DB;
      expect(storeTarget()).toBe('.triangulate');
    } finally {
      if (saved === undefined) delete process.env.TRIANGULATE_DB;
      else process.env.TRIANGULATE_DB = saved;
    }
  });
});

describe('the CLI with a bad store', () => {
  it('exits non-zero with one line on stderr', async () => {
    requireBuild();
    const run = await runCli(['export'], { TRIANGULATE_DB: 'postgres://postgres@127.0.0.1:1/x' }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^triangulate: cannot connect to postgres:\/\/postgres@127\.0\.0\.1:1\/x .*\n$/,
    );
    expect(run.stdout).toBe('');
  });
});
