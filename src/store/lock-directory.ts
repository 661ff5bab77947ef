// PGlite is one process's database: a second process opening the same directory would corrupt it. The lock is
// the kernel's own exclusivity: a listening socket named after the directory (an abstract Unix socket on Linux,
// a named pipe on Windows). Only one process can bind a name, and the kernel frees it the moment its owner dies
// (kill -9 included), so there is no stale lock to take over and no race between takers. A `lock` file holding the
// owner's pid is written beside it only to name the owner in the message. Where neither exists (macOS), the pid
// file itself is the lock, with its weaker take-over of a dead owner's file.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { TriangulateError } from '../model/triangulate-error.js';

export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'lock');
  const name = socketName(await realpath(dir).catch(() => dir));
  if (name === null) return lockFile(dir, path);
  let server: Server;
  try {
    server = await listen(name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw lockError(dir, e);
    throw inUse(dir, Number((await readFile(path, 'utf8').catch(() => '')).trim()));
  }
  await writeFile(path, String(process.pid)).catch(() => {});
  const release = pidFileRelease(path);
  return async () => {
    await release();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** Removes our pid file on release or, failing that, when the process exits. */
function pidFileRelease(path: string): () => Promise<void> {
  const mine = String(process.pid);
  const release = () => {
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    } catch {
      // Already gone: nothing to remove.
    }
  };
  process.once('exit', release);
  return async () => {
    process.off('exit', release);
    release();
  };
}

/** The socket name for a directory, or null where the platform has no name the kernel frees on exit. */
export function socketName(dir: string): string | null {
  const id = createHash('sha256').update(dir).digest('hex').slice(0, 40);
  if (process.platform === 'linux') return `\0triangulate-store-${id}`;
  if (process.platform === 'win32') return `\\\\.\\pipe\\triangulate-store-${id}`;
  return null;
}

function listen(name: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(name, () => {
      server.off('error', reject);
      // The lock must not keep the process alive on its own.
      server.unref();
      resolve(server);
    });
  });
}

/** The pid-file lock, for platforms without kernel-freed socket names. */
async function lockFile(dir: string, path: string): Promise<() => Promise<void>> {
  const mine = String(process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw lockError(dir, e);
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (isAlive(owner)) throw inUse(dir, owner);
      await rm(path, { force: true });
    }
  }
  return pidFileRelease(path);
}

function inUse(dir: string, owner: number): TriangulateError {
  const who = Number.isInteger(owner) && owner > 0 ? ` (pid ${owner})` : '';
  return new TriangulateError(
    'bad_db',
    `${dir} is in use by another triangulate process${who}; wait for it, or use a PostgreSQL store for concurrent writers`,
  );
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
