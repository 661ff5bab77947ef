// End to end through the built CLI: what `ingest` stored, `export` prints exactly as `analyze` does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from './cli-process.js';

const CORPUS = 'examples/jaffar-express';
let work: string;
let db: string;

beforeAll(async () => {
  requireBuild();
  work = await mkdtemp(join(tmpdir(), 'triangulate-export-'));
  db = join(work, 'store');
  const ingest = await runCli(['ingest', '--db', db, CORPUS]).done;
  expect(ingest.stderr).toBe('');
  expect(ingest.stdout).toMatch(/^added 5 document\(s\), 0 unchanged/);
}, 240_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('export', () => {
  it('prints the same JSON as analyze over the same reports', async () => {
    const [exported, analyzed] = await Promise.all([
      runCli(['export', '--db', db, '--format', 'json']).done,
      runCli(['analyze', '--format', 'json', CORPUS]).done,
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(analyzed.stdout);
  }, 120_000);

  it('writes one CSV row per claim', async () => {
    // One after the other: a PGlite directory admits one process at a time.
    const csv = await runCli(['export', '--db', db, '--format', 'csv']).done;
    const json = await runCli(['export', '--db', db, '--format', 'json']).done;
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    const claims = (JSON.parse(json.stdout) as { claims: { id: string }[] }).claims;
    expect(rows.map((r) => r.claim)).toEqual(claims.map((c) => c.id));
  }, 120_000);

  it('says when re-ingesting changes nothing', async () => {
    const again = await runCli(['ingest', '--db', db, CORPUS]).done;
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^added 0 document\(s\), 5 unchanged \(already stored\)/);
  }, 120_000);

  it('re-extracts what it holds on request, and still prints what analyze prints', async () => {
    const run = await runCli(['ingest', '--db', db, '--reextract']).done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('re-extracted 5 stored document(s)');
    const exported = await runCli(['export', '--db', db, '--format', 'json']).done;
    const analyzed = await runCli(['analyze', '--format', 'json', CORPUS]).done;
    expect(exported.stdout).toBe(analyzed.stdout);
  }, 120_000);

  it('asks for inputs when given none', async () => {
    const run = await runCli(['ingest', '--db', db]).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'triangulate: nothing to ingest: give files, directories, URLs or - (or --reextract)\n',
    );
  }, 120_000);

  it('exits non-zero when no input could be read', async () => {
    const run = await runCli(['ingest', '--db', db, join(work, 'no-such-file.txt')]).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no such file or directory');
  }, 120_000);

  it('answers an unknown incident with one line and a non-zero exit', async () => {
    const run = await runCli(['export', '--db', db, '--incident', 'no-such-incident']).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'triangulate: no incident "no-such-incident" in the store; list them with export\n',
    );
  }, 120_000);
});
