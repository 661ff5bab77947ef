// A worker that finished a chunk takes the next one at once: pg-boss would otherwise wait out the rest of its
// polling interval after every job shorter than it, and a chunk (~0.25 s) is shorter than the least interval
// (0.5 s), which left one worker idle half the time. Here the interval is ten minutes, so only a worker that looks
// again at once finishes the batch within the test.
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../src/queue/run-worker.js';
import { openQueue, type JobStatus } from '../../src/queue/job-queue.js';
import { openStore } from '../../src/store/open-store.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { postgresTarget } from '../store/store-targets.js';

const documents = Array.from({ length: 8 }, (_, n) =>
  normalizeDocument({
    id: `r${n}`,
    published: '2025-03-12',
    text: `Gunmen attacked checkpoint ${n} on Tuesday. Police said ${n + 1} people were killed in the attack.`,
  }),
);

describe('a worker with work waiting', () => {
  it('takes chunk after chunk without waiting out its polling interval', async () => {
    const target = await postgresTarget();
    try {
      await (await openStore(target.target)).close();
      const queue = await openQueue(target.target);
      let status: JobStatus | null = null;
      try {
        // Four chunks queued before the worker starts: its first look takes one, the other three need no wait.
        const job = await queue.enqueue(documents, { chunk: 2 });
        const worker = await startWorker({ url: target.target, pollSeconds: 600 });
        try {
          const until = Date.now() + 60_000;
          while (status?.state !== 'done' && status?.state !== 'failed' && Date.now() < until) {
            await new Promise((r) => setTimeout(r, 200));
            status = await queue.status(job.id);
          }
        } finally {
          await worker.stop();
        }
      } finally {
        await queue.close();
      }
      expect(status).toMatchObject({ state: 'done', total: 8, added: 8 });
    } finally {
      await target.dispose();
    }
  }, 120_000);
});
