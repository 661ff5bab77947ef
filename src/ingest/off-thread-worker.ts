// The worker side of off-thread.ts: runs one task per message and answers with its value or its error.
import { parentPort } from 'node:worker_threads';
import { isTriangulateError } from '../model/triangulate-error.js';
import { OFF_THREAD_TASKS, type OffThreadTasks } from './off-thread-tasks.js';

parentPort?.on('message', (message: { task: keyof OffThreadTasks; args: unknown[] }) => {
  void (async () => {
    parentPort?.postMessage({ started: true });
    try {
      const run = OFF_THREAD_TASKS[message.task] as (...args: unknown[]) => unknown;
      parentPort?.postMessage({ ok: true, value: await run(...message.args) });
    } catch (e) {
      const code = isTriangulateError(e) ? e.code : 'unreadable';
      parentPort?.postMessage({ ok: false, code, message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
