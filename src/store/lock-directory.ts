// PGlite is one process's database: a second process opening the same directory would corrupt it.
// A lock file holding the owner's pid keeps the second one out with a clear message; a dead owner's lock
// (kill -9) is taken over.
import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TriangulateError } from '../model/triangulate-error.js';

export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'lock');
  const mine = String(process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw lockError(dir, e);
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (isAlive(owner)) {
        throw new TriangulateError(
          'bad_db',
          `${dir} is in use by another triangulate process (pid ${owner}); wait for it, or use a PostgreSQL store for concurrent writers`,
        );
      }
      await rm(path, { force: true });
    }
  }
  const release = () => {
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', release);
  return async () => {
    process.off('exit', release);
    release();
  };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockError(dir: string, e: unknown): TriangulateError {
  const why = e instanceof Error ? e.message : String(e);
  return new TriangulateError('bad_db', `cannot lock ${dir} (${why}); pass --db with a writable directory`, {
    cause: e,
  });
}
