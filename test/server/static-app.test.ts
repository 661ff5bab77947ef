// The web app is served by the API process: index.html not cached, hashed assets cached for good, and a plain
// note instead of a blank page when the app was never built.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer } from '../../src/server/create-server.js';
import { sampleStore, type TempStore } from './sample-store.js';

let temp: TempStore;
let webRoot: string;

beforeAll(async () => {
  temp = await sampleStore();
  webRoot = await mkdtemp(join(tmpdir(), 'triangulate-static-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(
    join(webRoot, 'index.html'),
    '<!doctype html><title>app</title><script type="module" src="/assets/a-1.js"></script>',
  );
  await writeFile(join(webRoot, 'assets', 'a-1.js'), 'console.log(1)');
});
afterAll(async () => {
  await temp?.dispose();
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

it('serves index.html and hashed assets with the right caching', async () => {
  const app = await createServer({ store: temp.store, webRoot });
  try {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-security-policy']).toMatch(/default-src 'none'/);
    const asset = await app.inject({ method: 'GET', url: '/assets/a-1.js' });
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect((await app.inject({ method: 'GET', url: '/../package.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/incidents' })).statusCode).toBe(200);
  } finally {
    await app.close();
  }
});

it('says how to build the app when it is missing', async () => {
  const app = await createServer({ store: temp.store, webRoot: join(webRoot, 'nowhere') });
  try {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/not built .* run npm run build/);
  } finally {
    await app.close();
  }
});
