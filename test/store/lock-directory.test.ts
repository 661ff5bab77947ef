// The store lock cannot be taken twice: six simultaneous starters against a stale lock file, a few trials
// (the 100-trial run is `npm run bench -- lock`). Needs the build in dist/ (npm test builds first).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDirectory } from '../../src/store/lock-directory.js';
import { benchLock } from '../../src/bench/bench-lock.js';

describe('lockDirectory', () => {
  it('refuses a second taker in this process, names the owner, and frees on release', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-lock-'));
    try {
      await writeFile(join(dir, 'lock'), '999999');
      const unlock = await lockDirectory(dir);
      await expect(lockDirectory(dir)).rejects.toThrow(
        `is in use by another triangulate process (pid ${process.pid})`,
      );
      await unlock();
      const again = await lockDirectory(dir);
      await again();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lets exactly one of six simultaneous processes hold it at a time, over a stale lock file', async () => {
    const result = await benchLock(3, 6);
    expect(result.broken).toBe(0);
    expect(result.took).toBeGreaterThanOrEqual(3);
    expect(result.took + result.refused).toBe(18);
  }, 120_000);
});
