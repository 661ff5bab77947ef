// Heavy, pure work (HTML parsing, extraction) run off the server's event loop: one worker thread takes tasks in
// order, each under a deadline and the worker under a memory ceiling. A task past its deadline or its memory ends
// the worker — nothing else can stop a busy loop — and fails alone with a clear message; the next task starts a
// fresh worker. Meanwhile the main thread keeps answering /healthz and reads.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { TriangulateError, type ErrorCode } from '../model/triangulate-error.js';
import type { OffThreadTasks } from './off-thread-tasks.js';

export interface OffThreadOptions {
  /** A task still running after this long is stopped and fails. */
  readonly deadlineMs?: number;
  /** The worker's heap ceiling; a task that needs more fails instead of taking the machine. */
  readonly maxHeapMb?: number;
}

export type TaskName = keyof OffThreadTasks;
type Args<K extends TaskName> = Parameters<OffThreadTasks[K]>;
type Result<K extends TaskName> = Awaited<ReturnType<OffThreadTasks[K]>>;

export interface OffThread {
  run<K extends TaskName>(task: K, ...args: Args<K>): Promise<Result<K>>;
  close(): Promise<void>;
}

/** Measured (bench html-scale): 10 MB of HTML extracts in about 30 s and peaks near 700 MB on a loaded 2-core box. */
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_HEAP_MB = 1536;
/** How long a fresh worker may take to load before its first task counts as stuck. */
const STARTUP_MS = 60_000;

interface Pending {
  readonly task: TaskName;
  readonly args: unknown[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

type Reply =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: string; readonly message: string };

export function offThread(options: OffThreadOptions = {}): OffThread {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let busy = false;
  let closed = false;

  const start = (): Worker => {
    const w = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    w.unref();
    return w;
  };

  const next = (): void => {
    if (busy || closed) return;
    const job = queue.shift();
    if (!job) return;
    busy = true;
    const w = (worker ??= start());
    let settled = false;
    const finish = (error: Error | null, value?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      busy = false;
      if (error) job.reject(error);
      else job.resolve(value);
      next();
    };
    const kill = (error: Error): void => {
      worker = null;
      void w.terminate();
      finish(error);
    };
    const stop = () =>
      kill(
        new TriangulateError(
          'too_large',
          `${describe(job)} took over ${deadlineMs / 1000} s and was stopped; split it into smaller reports`,
        ),
      );
    // The deadline counts from the task's start: a fresh worker first loads its modules (seconds on a busy box).
    let timer = setTimeout(stop, Math.max(deadlineMs, STARTUP_MS));
    const onMessage = (reply: Reply | { readonly started: true }): void => {
      if ('started' in reply) {
        clearTimeout(timer);
        timer = setTimeout(stop, deadlineMs);
      } else if (reply.ok) finish(null, reply.value);
      else finish(new TriangulateError(reply.code as ErrorCode, reply.message));
    };
    const onError = (e: Error): void => {
      const memory = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      kill(
        memory
          ? new TriangulateError(
              'too_large',
              `${describe(job)} needs more than ${maxHeapMb} MB of memory; split it into smaller reports`,
            )
          : new Error(`extraction worker failed: ${e.message}`),
      );
    };
    const onExit = (): void => {
      worker = null;
      finish(new Error('extraction worker stopped unexpectedly'));
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage({ task: job.task, args: job.args });
  };

  return {
    run(task, ...args) {
      if (closed) return Promise.reject(new Error('off-thread runner is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ task, args, resolve: resolve as (v: unknown) => void, reject });
        next();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('off-thread runner is closed'));
      await worker?.terminate();
      worker = null;
    },
  };
}

function describe(job: Pending): string {
  const first = job.args[0] as { source?: string; id?: string } | undefined;
  const name = typeof first === 'object' && first !== null ? (first.source ?? first.id) : undefined;
  return name ? `${name}` : 'the report';
}

/** The compiled worker; from the TypeScript sources (tests) the build in dist/ is used. */
function workerScript(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new URL('../../dist/ingest/off-thread-worker.js', import.meta.url);
  return new URL('./off-thread-worker.js', import.meta.url);
}
