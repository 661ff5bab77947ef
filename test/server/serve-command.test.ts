// `triangulate serve` end to end: it listens on loopback, answers, stops cleanly on SIGINT (releasing the store),
// and refuses a public address without a token.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/open-store.js';

const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-serve-'));
  dirs.push(dir);
  return dir;
}

function captureStderr(): () => string {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return () => text;
}

it('serves the API on 127.0.0.1 until SIGINT, then releases the store', async () => {
  const dir = await tempDir();
  const stderr = captureStderr();
  const running = main(['serve', '--db', dir, '--port', '0']);
  await vi.waitFor(() => expect(stderr()).toMatch(/serving http:\/\/127\.0\.0\.1:\d+/), { timeout: 30_000 });
  const url = /serving (http:\/\/\S+)/.exec(stderr())?.[1] as string;
  expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
  const incidents = await (await fetch(`${url}/api/incidents`)).json();
  expect(incidents).toEqual({ items: [], next: null });
  process.emit('SIGINT');
  expect(await running).toBe(0);
  const again = await openStore(dir);
  await again.close();
});

it('refuses to listen on a public address without a token', async () => {
  vi.stubEnv('TRIANGULATE_TOKEN', '');
  const dir = await tempDir();
  const stderr = captureStderr();
  const code = await main(['serve', '--db', dir, '--host', '0.0.0.0', '--port', '0']);
  expect(code).toBe(1);
  expect(stderr()).toMatch(/needs a token for writes: pass --token or set TRIANGULATE_TOKEN/);
});
