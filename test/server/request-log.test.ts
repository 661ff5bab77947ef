// `serve --log`: one pino JSON line per request (method, URL, status, time), nothing when off, and never a token.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { logLevel } from '../../src/cli/serve-command.js';
import { createServer } from '../../src/server/create-server.js';
import { sampleStore, type TempStore } from './sample-store.js';

let temp: TempStore;
beforeAll(async () => {
  temp = await sampleStore();
});
afterAll(async () => {
  await temp?.dispose();
});

function sink(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const lines = () =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

it('logs each request with its method, URL and status as JSON lines', async () => {
  const { stream, lines } = sink();
  const app = await createServer({
    store: temp.store,
    webRoot: null,
    token: 'secret-token',
    logger: { level: 'info', stream },
  });
  await app.inject({ method: 'GET', url: '/api/incidents?limit=1' });
  await app.inject({
    method: 'POST',
    url: '/api/documents',
    headers: { authorization: 'Bearer secret-token' },
    payload: { documents: [] },
  });
  await app.close();
  const logged = lines();
  const incoming = logged.filter((l) => l.msg === 'incoming request');
  const completed = logged.filter((l) => l.msg === 'request completed');
  expect(incoming.map((l) => (l.req as { method: string; url: string }).url)).toEqual([
    '/api/incidents?limit=1',
    '/api/documents',
  ]);
  expect(completed.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([200, 422]);
  expect(completed.every((l) => typeof l.responseTime === 'number')).toBe(true);
  expect(JSON.stringify(logged)).not.toContain('secret-token');
});

it('logs nothing unless asked, and reads --log levels', async () => {
  const { stream, lines } = sink();
  const app = await createServer({ store: temp.store, webRoot: null, logger: { level: 'warn', stream } });
  await app.inject({ method: 'GET', url: '/healthz' });
  await app.close();
  expect(lines()).toEqual([]);
  expect(logLevel(undefined)).toBeNull();
  expect(logLevel(true)).toBe('info');
  expect(logLevel('debug')).toBe('debug');
  expect(() => logLevel('loud')).toThrow(/--log "loud" is not a level: use fatal\|error/);
});
