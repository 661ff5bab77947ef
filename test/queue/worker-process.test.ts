// Workers as separate processes on a real PostgreSQL store: kill -9 in the middle of a job, a second worker
// finishes, and the store equals `analyze` over the same reports with every report stored once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { openStore } from '../../src/store/open-store.js';
import { openQueue, type JobStatus } from '../../src/queue/job-queue.js';
import { createServer } from '../../src/server/create-server.js';
import { postgresTarget } from '../store/store-targets.js';
import { requireBuild, runCli, writeReports } from '../store/cli-process.js';

let work: string;
beforeAll(async () => {
  requireBuild();
  work = await mkdtemp(join(tmpdir(), 'triangulate-worker-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function readAll(dir: string): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readInputs([dir])) if (item.kind === 'document') docs.push(item.document);
  return docs;
}

async function waitFor(url: string, job: string, timeoutMs: number): Promise<JobStatus> {
  const queue = await openQueue(url);
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const status = await queue.status(job);
      if (status?.state === 'done' || status?.state === 'failed' || Date.now() > until) return status!;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await queue.close();
  }
}

const TOTAL = 120;
const SLOW = 240_000;

describe('worker processes on postgres', () => {
  it(
    'a worker killed with SIGKILL mid-job loses nothing and doubles nothing once another takes over',
    async () => {
      const dir = join(work, 'kill');
      await writeReports(dir, 0, TOTAL);
      const docs = await readAll(dir);
      const target = await postgresTarget();
      try {
        await (await openStore(target.target)).close();
        const queue = await openQueue(target.target);
        // Small chunks with a short expiry, so the killed worker's job comes back within the test.
        const job = await queue.enqueue(docs, { chunk: 10, expireInSeconds: 3 }).finally(() => queue.close());
        expect(job.total).toBe(TOTAL);

        const first = runCli(['worker', '--db', target.target, '--recover-seconds', '1']);
        await first.waitForLines((l) => l.startsWith('job '), 2);
        first.child.kill('SIGKILL');
        expect((await first.done).signal).toBe('SIGKILL');
        const midway = await waitFor(target.target, job.id, 0);
        expect(midway.state).not.toBe('done');

        const second = runCli(['worker', '--db', target.target, '--recover-seconds', '1']);
        try {
          const status = await waitFor(target.target, job.id, 120_000);
          expect(status).toMatchObject({ state: 'done', total: TOTAL, done: TOTAL, failed: 0 });
        } finally {
          second.child.kill('SIGTERM');
          await second.done;
        }

        const store = await openStore(target.target);
        try {
          const view = await store.analysis();
          const ids = view.documents.map((d) => d.id);
          expect(ids.length).toBe(TOTAL);
          expect(new Set(ids).size).toBe(TOTAL);
          const byId = new Map(docs.map((d) => [d.id, d]));
          const clean = analyzeDocuments(ids.map((id) => byId.get(id)!));
          expect(JSON.stringify(view)).toBe(JSON.stringify(clean));
        } finally {
          await store.close();
        }
      } finally {
        await target.dispose();
      }
    },
    SLOW,
  );

  it(
    'POST /api/documents with a queue answers 202 with a job whose progress GET /api/jobs/:id reports',
    async () => {
      const target = await postgresTarget();
      const store = await openStore(target.target);
      const queue = await openQueue(target.target);
      const app = await createServer({ store, queue, webRoot: null });
      try {
        const post = await app.inject({
          method: 'POST',
          url: '/api/documents',
          payload: { documents: [{ id: 'a', text: 'Police said 3 people were killed in the attack.' }] },
        });
        expect(post.statusCode).toBe(202);
        const { job, documents } = post.json<{ job: string; documents: number }>();
        expect(documents).toBe(1);
        expect(post.headers.location).toBe(`/api/jobs/${job}`);
        const queued = await app.inject({ url: `/api/jobs/${job}` });
        expect(queued.json()).toMatchObject({ id: job, state: 'queued', total: 1, done: 0 });
        // Nothing stored until a worker runs: the request did not extract.
        expect((await store.analysis()).documents).toEqual([]);
        const missing = await app.inject({ url: '/api/jobs/00000000-0000-0000-0000-000000000000' });
        expect(missing.statusCode).toBe(404);
      } finally {
        await app.close();
        await queue.close();
        await store.close();
        await target.dispose();
      }
    },
    SLOW,
  );
});
