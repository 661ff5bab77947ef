// `triangulate worker`: takes ingest jobs off the store's PostgreSQL queue, stores their documents and asks for a
// view refresh. Killed at any point, it loses nothing and doubles nothing: a job it held is retried once its
// expiry passes, and a document already committed is found by its text hash and counted unchanged.
import type PgBoss from 'pg-boss';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { INGEST_QUEUE, REFRESH_QUEUE, openQueue, type IngestJobData } from './job-queue.js';

export interface WorkerOptions {
  readonly url: string;
  /** Jobs this process works on at once (extraction is CPU: run one process per core for throughput). */
  readonly concurrency?: number;
  /** How often this worker looks for jobs a dead worker held. */
  readonly maintenanceIntervalSeconds?: number;
  /** How often an idle worker looks for a chunk (0.5 s, pg-boss 10's least); a busy one looks again at once. */
  readonly pollSeconds?: number;
  /** Called after each job with what it did (the CLI prints it). */
  readonly onJob?: (line: string) => void;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const store = await openStore(options.url);
  let queue;
  try {
    queue = await openQueue(options.url, {
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  const { boss } = queue;
  const sqlRun = (text: string, values: unknown[]) => boss.getDb().executeSql(text, values);
  const work = async (job: PgBoss.Job<IngestJobData>) => {
    const { batch, chunk, published, documents } = job.data;
    // A retry starts the chunk's counts over, so they count each document once.
    await sqlRun(
      `update ingest_chunks set done = 0, added = 0, unchanged = 0, failed = 0 where batch = $1 and chunk = $2`,
      [batch, chunk],
    );
    const counts = { done: 0, added: 0, unchanged: 0, failed: 0 };
    // The chunk commits in one transaction (a killed worker leaves all of it or none), so its counts come at once.
    await store.ingest(documents, {
      published,
      refresh: false,
      together: true,
      onDocument: (r) => {
        counts.done++;
        counts[r.kind]++;
      },
    });
    await sqlRun(
      `update ingest_chunks set done = $3, added = $4, unchanged = $5, failed = $6, finished = true
        where batch = $1 and chunk = $2`,
      [batch, chunk, counts.done, counts.added, counts.unchanged, counts.failed],
    );
    if (counts.added > 0) await boss.send(REFRESH_QUEUE, {}, REFRESH_AGAIN);
    options.onJob?.(
      `job ${job.id} batch ${batch} chunk ${chunk}: ${counts.added} added, ${counts.unchanged} unchanged, ${counts.failed} failed`,
    );
  };
  const ids: string[] = [];
  try {
    for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i++) {
      const id: string = await boss.work<IngestJobData>(
        INGEST_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: options.pollSeconds ?? 0.5 },
        async (jobs) => {
          for (const job of jobs) await work(job);
          // pg-boss waits out the rest of its polling interval after a job shorter than it (a chunk is ~0.25 s of
          // a 0.5 s interval: half the time idle); a worker that found work looks for the next chunk at once.
          boss.notifyWorker(id);
        },
      );
      ids.push(id);
    }
    ids.push(
      await boss.work(REFRESH_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async () => {
        // One refresh per batch: while chunks wait or run, a refresh would hold the store's lock against their
        // commits and be redone by the next, so it puts itself off (the stately queue keeps one such request).
        // A killed worker's chunk stays active until it is retried, so the refresh waits for the retry too.
        if (await chunksPending(boss)) {
          await boss.send(REFRESH_QUEUE, {}, REFRESH_AGAIN);
          return;
        }
        await store.refresh();
        options.onJob?.('refreshed the view');
      }),
    );
  } catch (e) {
    await queue.close().catch(() => {});
    await store.close();
    throw e;
  }
  return {
    async stop() {
      // Finish what is in hand, then let go: a stop never leaves a job for the expiry to find.
      await queue.close();
      await closeQuietly(store);
    },
  };
}

/** A refresh request: put off a little, so the chunks finishing in a burst ask once. */
const REFRESH_AGAIN = { retryLimit: 5, expireInSeconds: 3600, startAfter: 2 } as const;

/** Whether ingest chunks are queued, waiting for a retry or running (the one asking has finished its work). */
async function chunksPending(boss: PgBoss): Promise<boolean> {
  return (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) > 0;
}

async function closeQuietly(store: Store): Promise<void> {
  await store.close().catch(() => {});
}
