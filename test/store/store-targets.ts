// The backends every store test runs against: embedded PGlite in a temp directory and a real PostgreSQL server
// (127.0.0.1:5432, user postgres, or TRIANGULATE_TEST_PG), each with a fresh database dropped afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { StoreDatabase } from '../../src/store/store-schema.js';
import type { Store } from '../../src/store/store.js';

export interface TestTarget {
  /** What `--db` would be given. */
  readonly target: string;
  readonly dispose: () => Promise<void>;
}

export interface Backend {
  readonly name: 'pglite' | 'postgres';
  readonly create: () => Promise<TestTarget>;
}

export const ADMIN_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function pgliteTarget(): Promise<TestTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-store-'));
  return { target: dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function postgresTarget(): Promise<TestTarget> {
  const name = `triangulate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { target: url.toString(), dispose: () => admin(`drop database if exists ${name} with (force)`) };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `no PostgreSQL at ${ADMIN_URL} for the store tests (run .ci/postgres-up): ${(e as Error).message}`,
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export const BACKENDS: readonly Backend[] = [
  { name: 'pglite', create: pgliteTarget },
  { name: 'postgres', create: postgresTarget },
];

/** Opens a fresh store on `backend` for the enclosing describe block and drops it afterwards. */
export function useStore(
  backend: Backend,
  options: Parameters<typeof openStore>[1] = {},
): { readonly store: () => Store } {
  let target: TestTarget | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    target = await backend.create();
    store = await openStore(target.target, options);
  });
  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });
  return {
    store: () => {
      if (!store) throw new Error('store not open yet');
      return store;
    },
  };
}

/**
 * A Kysely handle of its own on a PostgreSQL test database, for a test that reads or writes the store's tables
 * beside the store. The database is dropped with force at the end, so a connection still closing then hears it was
 * terminated: that error is expected and not reported.
 */
export function postgresTables(url: string): Kysely<StoreDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => {});
  return new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
}
