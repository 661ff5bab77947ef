// Opens the store a user points at: a directory (embedded PGlite) or a postgres:// URL (a PostgreSQL server).
// Every way this can go wrong answers one line with code 'bad_db' that says what to do.
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { access, constants } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TriangulateError } from '../model/triangulate-error.js';
import type { StoreDatabase } from './store-schema.js';
import { migrate } from './migrations.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';
import type { Extractor } from './ingest-document.js';
import { lockDirectory } from './lock-directory.js';
import { YieldBetweenStatements } from './yield-between-statements.js';
import { makeDirectory } from './make-directory.js';

export const DEFAULT_STORE_DIR = '.triangulate';

/** `--db` wins, then `TRIANGULATE_DB`, then `./.triangulate/`. */
export function storeTarget(db?: string | null): string {
  return db || process.env.TRIANGULATE_DB || DEFAULT_STORE_DIR;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export interface OpenOptions {
  /** Replaces `extractDocument` (tests use fixture extractors that do not depend on extraction quality). */
  readonly extract?: Extractor;
}

export async function openStore(target: string = storeTarget(), options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) return openPostgres(target, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    throw badDb(`"${redact(target)}" is not a store: use a directory or a postgres://user@host:5432/db URL`);
  }
  return openPGlite(target, options);
}

async function openPGlite(dir: string, options: OpenOptions): Promise<Store> {
  const path = resolve(dir);
  try {
    await makeDirectory(path);
    await access(path, constants.W_OK);
  } catch (e) {
    throw badDb(`cannot use ${dir} as a store (${reason(e)}); pass --db with a writable directory`, e);
  }
  const unlock = await lockDirectory(path);
  let db: Kysely<StoreDatabase> | undefined;
  try {
    const pglite = await PGlite.create(join(path, 'pgdata'));
    db = new Kysely<StoreDatabase>({
      dialect: new PGliteDialect(pglite),
      plugins: [new YieldBetweenStatements()],
    });
    await migrate(db as Kysely<unknown>);
  } catch (e) {
    await db?.destroy().catch(() => {});
    await unlock();
    throw badDb(`cannot open the store in ${dir} (${reason(e)}); is it a triangulate store?`, e);
  }
  return createSqlStore(db, { ...options, onClose: unlock });
}

async function openPostgres(url: string, options: OpenOptions): Promise<Store> {
  try {
    new URL(url);
  } catch (e) {
    throw badDb(`"${redact(url)}" is not a valid database URL; write it as postgres://user@host:5432/db`, e);
  }
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  // No JIT: the store's statements are short and indexed, but the planner's estimates on the view's tables pass
  // jit_above_cost from about 10k reports, and compiling then took 22 of the 24 ms of a page of 50 incidents. Set
  // per connection, before its first statement (a startup option would be refused by poolers such as PgBouncer).
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<StoreDatabase>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw('set jit = off'));
      },
    }),
  });
  try {
    await pool.query('select 1');
  } catch (e) {
    await db.destroy().catch(() => {});
    const missing = (e as { code?: string }).code === '3D000';
    const hint = missing ? `create it with: createdb ${databaseName(url)}` : 'is the server up?';
    throw badDb(`cannot connect to ${redact(url)} (${reason(e)}); ${hint}`, e);
  }
  try {
    await migrate(db as Kysely<unknown>);
  } catch (e) {
    await db.destroy().catch(() => {});
    throw badDb(`cannot prepare the store in ${redact(url)} (${reason(e)})`, e);
  }
  return createSqlStore(db, { ...options, shared: true });
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** Never print a password that was part of the URL. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

function reason(e: unknown): string {
  const err = e as { code?: string; message?: string; errors?: { message?: string }[] };
  const message = err.message || err.errors?.[0]?.message || String(e);
  return err.code && !message.includes(err.code) ? `${err.code}: ${message}` : message;
}

function badDb(message: string, cause?: unknown): TriangulateError {
  return new TriangulateError('bad_db', message.replace(/\s*\n\s*/g, ' '), { cause });
}
