// Ingest as jobs on the store's own PostgreSQL through pg-boss: documents are enqueued in chunks (one job each)
// under one batch id the caller gets back at once; workers (`triangulate worker`) extract and store them, and a
// refresh job brings the view up to date. Progress lives in the store (ingest_batches, ingest_chunks).
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { SourceDocument } from '../model/document.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { openStore } from '../store/open-store.js';

export const INGEST_QUEUE = 'triangulate-ingest';
/** Stately: at most one refresh queued and one running, so a burst of finished chunks asks for one refresh. */
export const REFRESH_QUEUE = 'triangulate-refresh';

/** Documents per job: small enough that a retried job redoes little, large enough that queue overhead is noise. */
export const DEFAULT_CHUNK = 25;
/** A job a killed worker held becomes runnable again after this long (a chunk takes about a second). */
export const DEFAULT_EXPIRE_SECONDS = 300;

export interface IngestJobData {
  readonly batch: string;
  readonly chunk: number;
  readonly published: string | null;
  readonly documents: readonly SourceDocument[];
}

export interface JobStatus {
  readonly id: string;
  /** queued: no chunk started; running; done: every chunk finished; failed: a chunk ran out of retries. */
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  /** Null while documents are still being enqueued. */
  readonly total: number | null;
  readonly done: number;
  readonly added: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly createdAt: string;
}

export interface JobQueue {
  /** Enqueues documents (an array or a stream) and resolves to the batch id once every chunk is queued. */
  enqueue(
    documents: Iterable<SourceDocument> | AsyncIterable<SourceDocument>,
    options?: {
      readonly published?: string | null;
      readonly chunk?: number;
      readonly expireInSeconds?: number;
    },
  ): Promise<{ readonly id: string; readonly total: number }>;
  status(id: string): Promise<JobStatus | null>;
  readonly boss: PgBoss;
  close(): Promise<void>;
}

export interface QueueOptions {
  /** How often this process looks for jobs whose worker died (pg-boss maintenance). */
  readonly maintenanceIntervalSeconds?: number;
  /** Whether this process runs maintenance at all (workers do; a server that only enqueues need not). */
  readonly supervise?: boolean;
}

export async function openQueue(url: string, options: QueueOptions = {}): Promise<JobQueue> {
  // The batch tables are the store's: opening it once brings its schema up to date.
  await (await openStore(url)).close();
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
  });
  // pg-boss reports connection and maintenance errors as events; an unhandled 'error' event would end the process.
  boss.on('error', (e: Error) => process.stderr.write(`triangulate: queue: ${e.message}\n`));
  try {
    await boss.start();
    if (!(await boss.getQueue(INGEST_QUEUE))) await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE });
    if (!(await boss.getQueue(REFRESH_QUEUE))) {
      await boss.createQueue(REFRESH_QUEUE, { name: REFRESH_QUEUE, policy: 'stately' });
    }
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new TriangulateError('bad_db', `cannot open the job queue (${(e as Error).message})`, { cause: e });
  }
  const db = boss.getDb();
  const sqlRows = async <T>(text: string, values: unknown[]): Promise<T[]> =>
    (await db.executeSql(text, values)).rows as T[];

  return {
    boss,
    async enqueue(documents, enqueueOptions = {}) {
      const size = enqueueOptions.chunk ?? DEFAULT_CHUNK;
      const expireInSeconds = enqueueOptions.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS;
      const published = enqueueOptions.published ?? null;
      const batch = randomUUID();
      await sqlRows(`insert into ingest_batches (id, total) values ($1, null)`, [batch]);
      let chunk = 0;
      let total = 0;
      let pending: SourceDocument[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        const data: IngestJobData = { batch, chunk, published, documents: pending };
        const job = await boss.send(INGEST_QUEUE, data, { expireInSeconds, retryLimit: 5, retryDelay: 1 });
        if (job === null) throw new Error('the queue refused a job');
        await sqlRows(`insert into ingest_chunks (batch, chunk, job, size) values ($1, $2, $3, $4)`, [
          batch,
          chunk,
          job,
          pending.length,
        ]);
        chunk++;
        pending = [];
      };
      for await (const document of documents) {
        pending.push(document);
        total++;
        if (pending.length >= size) await flush();
      }
      await flush();
      await sqlRows(`update ingest_batches set total = $2 where id = $1`, [batch, total]);
      return { id: batch, total };
    },

    async status(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [batch] = await sqlRows<{ total: number | null; created_at: Date }>(
        `select total, created_at from ingest_batches where id = $1`,
        [id],
      );
      if (!batch) return null;
      const [sums] = await sqlRows<Record<string, string | null>>(
        `select count(*) as chunks, sum(done) as done, sum(added) as added, sum(unchanged) as unchanged,
                sum(failed) as failed, count(*) filter (where finished) as finished,
                count(*) filter (where done > 0) as started
           from ingest_chunks where batch = $1`,
        [id],
      );
      const n = (k: string) => Number(sums?.[k] ?? 0);
      // A chunk that ran out of retries is failed in pg-boss (and never finished here).
      const [dead] = await sqlRows<{ n: string }>(
        `select count(*) as n from pgboss.job j join ingest_chunks c on c.job = j.id::text
          where j.name = $2 and c.batch = $1 and j.state = 'failed'`,
        [id, INGEST_QUEUE],
      );
      const complete = batch.total !== null && n('finished') === n('chunks');
      const state =
        Number(dead?.n ?? 0) > 0 ? 'failed' : complete ? 'done' : n('started') > 0 ? 'running' : 'queued';
      return {
        id,
        state,
        total: batch.total,
        done: n('done'),
        added: n('added'),
        unchanged: n('unchanged'),
        failed: n('failed'),
        createdAt: batch.created_at.toISOString(),
      };
    },

    close: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
