// The CLI against a real store, as separate processes: a kill -9 mid-ingest and a rerun; two ingests at once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { openStore } from '../../src/store/open-store.js';
import { BACKENDS, postgresTarget } from './store-targets.js';
import { requireBuild, runCli, writeReports } from './cli-process.js';

let work: string;
beforeAll(async () => {
  requireBuild();
  work = await mkdtemp(join(tmpdir(), 'triangulate-ingest-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function readAll(dirs: readonly string[]): Promise<Map<string, SourceDocument>> {
  const docs = new Map<string, SourceDocument>();
  for await (const item of readInputs(dirs))
    if (item.kind === 'document') docs.set(item.document.id, item.document);
  return docs;
}

/**
 * The view with every incident id (also where it heads a conflict's id) replaced by its rank of first appearance. Stored ids are stable: they depend on the
 * history of ingests (an incident keeps the id it was first given), so two processes racing each other may store
 * different ids than one `analyze` gives; everything else must be equal.
 */
function withoutIncidentIds(view: { incidents: readonly { id: string }[] }): string {
  const ids = new Set(view.incidents.map((i) => i.id));
  const rank = new Map<string, string>();
  const renamed = (id: string) => {
    if (!rank.has(id)) rank.set(id, `incident#${rank.size}`);
    return rank.get(id)!;
  };
  // An incident id stands alone, or heads a conflict's id ('<incident>:killed:people:revision:police').
  return JSON.stringify(view, (_key, value: unknown) => {
    if (typeof value !== 'string') return value;
    if (ids.has(value)) return renamed(value);
    const head = value.slice(0, value.indexOf(':'));
    return head && ids.has(head) ? renamed(head) + value.slice(head.length) : value;
  });
}

/**
 * Opens the store, checks it equals `analyze` over the documents it holds (in its order), and returns their ids.
 * `ids: 'any'` compares everything but the incident ids (see `withoutIncidentIds`).
 */
async function checkStore(
  target: string,
  sources: Map<string, SourceDocument>,
  ids: 'same' | 'any' = 'same',
): Promise<string[]> {
  const store = await openStore(target);
  try {
    const view = await store.analysis();
    const documentIds = view.documents.map((d) => d.id);
    expect(new Set(documentIds).size).toBe(documentIds.length);
    // The same text read from two folders by two processes is stored once, from whichever came first: compare
    // with the source the store kept, not the one this test happened to read last.
    const docs = view.documents.map((d) => ({ ...sources.get(d.id)!, source: d.source }));
    const analyzed = analyzeDocuments(docs);
    if (ids === 'same') expect(JSON.stringify(view)).toBe(JSON.stringify(analyzed));
    else {
      expect(view.incidents.length).toBe(analyzed.incidents.length);
      expect(withoutIncidentIds(view)).toBe(withoutIncidentIds(analyzed));
    }
    return documentIds;
  } finally {
    await store.close();
  }
}

const TOTAL = 150;
/** Spawned processes each open a store; on a busy machine PGlite's start-up alone takes seconds. */
const SLOW = 240_000;

describe.each(BACKENDS)('ingest process on $name', (backend) => {
  it(
    'survives kill -9 in the middle of an ingest; a rerun finishes without duplicates',
    async () => {
      const dir = join(work, `${backend.name}-kill`);
      await writeReports(dir, 0, TOTAL);
      const sources = await readAll([dir]);
      const target = await backend.create();
      try {
        const first = runCli(['ingest', '--db', target.target, '--verbose', '--quiet', dir]);
        await first.waitForLines((l) => l.startsWith('added report-'), 10);
        first.child.kill('SIGKILL');
        const killed = await first.done;
        expect(killed.signal).toBe('SIGKILL');
        const seen = killed.stdout.split('\n').filter((l) => l.startsWith('added report-')).length;
        expect(seen).toBeLessThan(TOTAL);

        const committed = await checkStore(target.target, sources);
        // A document may commit in the instant between its commit and its line: never more than one.
        expect(committed.length).toBeGreaterThanOrEqual(seen);
        expect(committed.length).toBeLessThanOrEqual(seen + 1);

        const rerun = await runCli(['ingest', '--db', target.target, '--format', 'json', '--quiet', dir])
          .done;
        expect(rerun.stderr).toBe('');
        expect(rerun.code).toBe(0);
        const report = JSON.parse(rerun.stdout) as { added: unknown[]; unchanged: unknown[] };
        expect(report.unchanged.length).toBe(committed.length);
        expect(report.added.length).toBe(TOTAL - committed.length);
        expect((await checkStore(target.target, sources)).length).toBe(TOTAL);
      } finally {
        await target.dispose();
      }
    },
    SLOW,
  );
});

describe('ingest interrupted with Ctrl-C', () => {
  it(
    'stops after the document in progress and leaves a complete view of what it stored',
    async () => {
      const dir = join(work, 'interrupt');
      await writeReports(dir, 1000, TOTAL);
      const sources = await readAll([dir]);
      const db = join(work, 'interrupt-store');
      const run = runCli(['ingest', '--db', db, '--verbose', dir]);
      await run.waitForLines((l) => l.startsWith('added report-'), 5);
      run.child.kill('SIGINT');
      const result = await run.done;
      expect(result.code).toBe(130);
      expect(result.stderr).toContain('stopping after the current document');
      const added = result.stdout.split('\n').filter((l) => l.startsWith('added report-')).length;
      expect(result.stdout).toContain(`added ${added} document(s), 0 unchanged`);
      // Reports are read as they are stored, so the rest of the directory was never read, nor counted.
      expect(result.stdout).toContain('stopped (the rest of the input was not read)');
      expect(added).toBeLessThan(TOTAL);
      expect((await checkStore(db, sources)).length).toBe(added);
    },
    SLOW,
  );
});

describe('two ingest processes on one PostgreSQL store', () => {
  it(
    'lose nothing and duplicate nothing',
    async () => {
      const left = join(work, 'left');
      const right = join(work, 'right');
      await writeReports(left, 0, 120);
      await writeReports(right, 60, 120); // 60 reports in both
      const sources = await readAll([left, right]);
      const target = await postgresTarget();
      try {
        const runs = await Promise.all(
          [left, right].map(
            (d) => runCli(['ingest', '--db', target.target, '--format', 'json', '--quiet', d]).done,
          ),
        );
        const reports = runs.map((r) => {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          return JSON.parse(r.stdout) as { added: unknown[]; unchanged: unknown[] };
        });
        expect(reports.reduce((n, r) => n + r.added.length, 0)).toBe(180);
        expect(reports.reduce((n, r) => n + r.unchanged.length, 0)).toBe(60);
        expect((await checkStore(target.target, sources, 'any')).length).toBe(180);
      } finally {
        await target.dispose();
      }
    },
    SLOW,
  );
});
