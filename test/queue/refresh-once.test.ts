// The view refresh a batch asks for runs once its chunks are done, never while they still run: a refresh in the
// middle holds the store's lock against the other chunks' commits (two workers were 6× slower than one).
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../src/queue/run-worker.js';
import { openQueue, type JobStatus } from '../../src/queue/job-queue.js';
import { openStore } from '../../src/store/open-store.js';
import type { SourceDocument } from '../../src/model/document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { postgresTarget } from '../store/store-targets.js';
import pg from 'pg';

const small: SourceDocument[] = Array.from({ length: 12 }, (_, n) =>
  normalizeDocument({
    id: `r${n}`,
    published: '2025-03-12',
    text: `Gunmen attacked checkpoint ${n} on Tuesday. Police said ${n + 1} people were killed in the attack.`,
  }),
);
// The last chunk alone takes a second or more, so a refresh asked for by the chunk before it would run meanwhile.
const long = normalizeDocument({
  id: 'long',
  published: '2025-03-12',
  text: Array.from(
    { length: 1500 },
    (_, k) => `On day ${k} gunmen attacked post ${k} and police said ${(k % 9) + 1} people were killed.`,
  ).join(' '),
});
const documents = [...small, long];

async function viewFresh(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ fresh: boolean }>(
      'select generation = view_generation as fresh from store_state',
    );
    return rows[0]!.fresh;
  } finally {
    await client.end();
  }
}

describe('the refresh job of a queued batch', () => {
  it('runs after the last chunk, not between chunks, and leaves the view fresh with no read', async () => {
    const target = await postgresTarget();
    const lines: string[] = [];
    try {
      await (await openStore(target.target)).close();
      const queue = await openQueue(target.target);
      let status: JobStatus | null = null;
      // Two jobs at once in one process, chunks of 2: chunks finish while others still run.
      const worker = await startWorker({ url: target.target, concurrency: 2, onJob: (l) => lines.push(l) });
      try {
        const job = await queue.enqueue(documents, { chunk: 2 });
        const until = Date.now() + 90_000;
        const finished = () => status?.state === 'done' || status?.state === 'failed';
        while (Date.now() < until && !(finished() && lines.includes('refreshed the view'))) {
          if (finished() && Date.now() > until - 60_000) break;
          await new Promise((r) => setTimeout(r, 200));
          status = await queue.status(job.id);
        }
        status = await queue.status(job.id);
      } finally {
        await worker.stop();
        await queue.close();
      }
      expect(status).toMatchObject({ state: 'done', total: 13, added: 13 });
      const chunks = lines.filter((l) => l.startsWith('job '));
      expect(chunks).toHaveLength(7);
      // Every chunk line comes before the first refresh.
      const firstRefresh = lines.indexOf('refreshed the view');
      expect(firstRefresh).toBeGreaterThan(lines.lastIndexOf(chunks.at(-1)!));
      expect(await viewFresh(target.target)).toBe(true);
      // And the refreshed view holds every report.
      const store = await openStore(target.target);
      try {
        expect((await store.analysis()).documents.map((d) => d.id).sort()).toEqual(
          documents.map((d) => d.id).sort(),
        );
      } finally {
        await store.close();
      }
    } finally {
      await target.dispose();
    }
  }, 120_000);
});
