// The sample through the real pipeline (extraction and reconciliation as they stand), drawn in Chromium: whatever
// the pipeline yields, the incident page must draw one row per figure it reports, without a page error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openStore } from '../../src/store/open-store.js';
import type { IncidentSummary, IncidentView, Page, Store } from '../../src/store/store.js';
import { readSample } from '../server/sample-store.js';
import { buildWebApp, launchChromium, SCREENSHOTS } from './browser-harness.js';

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let webRoot: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-real-'));
  store = await openStore(dir);
  await store.ingest(await readSample());
  [webRoot, browser] = await Promise.all([buildWebApp(), launchChromium()]);
  server = await startServer({ store, port: 0, webRoot });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  await Promise.all([dir, webRoot].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

it('draws the busiest incident of the real pipeline with one row per figure', async () => {
  const incidents = (await (
    await fetch(`${server.url}/api/incidents?limit=1000`)
  ).json()) as Page<IncidentSummary>;
  const busiest = [...incidents.items].sort((a, b) => b.claimCount - a.claimCount)[0];
  if (!busiest) throw new Error('the real pipeline found no incident in the sample');
  const view = (await (
    await fetch(`${server.url}/api/incidents/${encodeURIComponent(busiest.id)}`)
  ).json()) as IncidentView;
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${server.url}/#/incident/${encodeURIComponent(busiest.id)}`);
  await page.locator('#section-figures').waitFor();
  const rows = new Set(view.claims.map((c) => `${c.outcome}|${c.group}`));
  const drawn = await page
    .locator('.figure-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
  expect(drawn.filter((r) => !r?.endsWith('|all')).sort()).toEqual([...rows].sort());
  await page.screenshot({ path: join(SCREENSHOTS, 'real-pipeline-incident.png'), fullPage: true });
  expect(problems).toEqual([]);
});
