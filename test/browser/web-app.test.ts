// The web app in real Chromium over a real store holding the sample: incidents, the figures grid, evidence through
// to the highlighted sentence, adding a report by paste, and hostile article text shown as text.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { sampleStore, type TempStore } from '../server/sample-store.js';
import { buildWebApp, launchChromium, SCREENSHOTS } from './browser-harness.js';

let temp: TempStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let webRoot: string;
const problems: string[] = [];

beforeAll(async () => {
  [webRoot, temp, browser] = await Promise.all([buildWebApp(), sampleStore(), launchChromium()]);
  server = await startServer({ store: temp.store, port: 0, webRoot });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The form sends one report per request: an unreadable file is a 422 the form reports ("1 not readable"),
    // which Chromium also logs. Anything else logged as an error (a CSP violation, a 500) is a problem.
    if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await temp?.dispose();
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

async function openJaffar(): Promise<void> {
  await page.goto(server.url + '/');
  await page
    .getByRole('link', { name: /Jaff?ar Express/ })
    .first()
    .click();
  await page.locator('.figure-row').first().waitFor();
  await page.locator('.figure-chart .mark').first().waitFor();
}

describe('web app', () => {
  it('lists the sample incident with its counts, and searches', async () => {
    await page.goto(server.url + '/');
    const card = page.locator('.incident-card', { has: page.getByRole('link', { name: /Jaff?ar Express/ }) });
    await card.waitFor();
    expect(await card.locator('time').textContent()).toBe('2025-03-11');
    expect(await card.locator('.count-reports').textContent()).toBe('5 reports');
    expect(parseInt((await card.locator('.count-figures').textContent()) ?? '', 10)).toBeGreaterThanOrEqual(
      12,
    );
    await page.fill('#incident-search', 'zanzibarquux');
    await page.getByText('No incident matches.').waitFor();
    await page.fill('#incident-search', 'Jaffar');
    await card.waitFor();
  });

  it('draws the figures grid: one row per thing counted, marks coloured by claimant kind', async () => {
    await openJaffar();
    const labels = await page.locator('.row-title').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['Security forces killed', 'Militants killed', 'Security forces executed']),
    );
    const killed = page.locator('.figure-row', {
      has: page.getByRole('button', { name: 'Security forces killed', exact: true }),
    });
    expect(await killed.locator('.mark.kind-official').count()).toBeGreaterThan(0);
    expect(await killed.locator('.mark.kind-insurgent').count()).toBeGreaterThan(0);
    const hedged = page.locator('.mark.hedged');
    expect(await hedged.count()).toBeGreaterThan(0);
    await page.locator('#section-figures').screenshot({ path: join(SCREENSHOTS, 'figures.png') });
  });

  it('goes from a figure to its quote to the highlighted sentence in the article', async () => {
    await openJaffar();
    const mark = page.locator('.figure-row .mark[data-value="214"]').first();
    await mark.focus();
    await page.keyboard.press('Enter');
    const quote = page.locator('.evidence .quote', { hasText: 'all 214' });
    await quote.waitFor();
    expect(await quote.locator('mark').textContent()).toBe('all 214');
    await quote.locator('a.quote-link').click();
    const number = page.locator('#selected-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('all 214');
    expect(await page.locator('.hl-sentence').first().textContent()).toContain('claimed responsibility');
    expect(
      await number.evaluate(
        (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight,
      ),
    ).toBe(true);
    // The article's other figures are marked and lead to their own highlight.
    const others = page.locator('.article-text a.other-claim');
    expect(await others.count()).toBeGreaterThanOrEqual(4);
    await page.locator('.article-text a.other-claim', { hasText: 'all 33' }).click();
    await page.waitForFunction(() => document.querySelector('#selected-number')?.textContent === 'all 33');
  });

  it('exports the incident as the Markdown report from its page', async () => {
    await openJaffar();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Markdown report' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^# Triangulate report/);
    expect(text).toContain('all 214');
  });

  it('adds a pasted report and shows it without a reload', async () => {
    await openJaffar();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const before = await page.locator('.incident-head .counts').textContent();
    expect(before).toMatch(/^5 articles/);
    await page.fill(
      '#paste-text',
      'Officials said on the Jaffar Express that 26 hostages were killed, including 18 soldiers.',
    );
    await page.fill('#paste-title', 'A pasted update');
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByText('1 report added.').waitFor();
    // Posted from the incident's page: the status says it joined, and on what evidence.
    await page.getByText(/It joined this incident \(both name the event “Jaffar Express/).waitFor();
    await page.waitForFunction(() =>
      document.querySelector('.incident-head .counts')?.textContent?.startsWith('6 articles'),
    );
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.getByRole('link', { name: 'A pasted update' }).waitFor();
  });

  it('says so when a pasted report is about another incident', async () => {
    await openJaffar();
    await page.fill(
      '#paste-text',
      'A bus overturned near Sibi on Sunday; police said 4 people were wounded.',
    );
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByText('1 report is not about this incident').waitFor();
    await page.getByText('It stays out of this incident: the report tells of no event of its own.').waitFor();
    expect(await page.locator('.incident-head .counts').textContent()).toMatch(/^6 articles/);
  });

  it('adds uploaded files from the incidents page and lists what they bring', async () => {
    await page.goto(server.url + '/');
    await page.locator('#upload-files').setInputFiles([
      {
        name: 'wire.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Wire: the Jaffar Express siege ended; all 33 insurgents were killed.'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   ') },
    ]);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByText(/^1 report added, 1 not readable/).waitFor();
    const card = page.locator('.incident-card', { has: page.getByRole('link', { name: /Jaff?ar Express/ }) });
    await card.locator('.count-reports').filter({ hasText: '7 reports' }).waitFor();
  });

  it('shows <script> and <img onerror> in an article as text, never as markup', async () => {
    await openJaffar();
    const hostile =
      'Jaffar Express update <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> ' +
      'while all 33 insurgents were killed.';
    await page.fill('#paste-text', hostile);
    await page.fill('#paste-title', '<img src=x onerror="window.__pwned = 3">');
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByText('1 report added.').waitFor();
    await page.getByRole('link', { name: '<img src=x onerror="window.__pwned = 3">' }).click();
    const article = page.locator('.article-text');
    await article.waitFor();
    expect(await article.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await article.textContent()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror="window.__pwned = 3">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-text.png') });
  });

  it('ran without page errors or Content-Security-Policy violations', () => {
    expect(problems.join('\n')).toBe('');
  });
});
