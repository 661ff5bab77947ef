// The incremental refresh on real reporting: GVA dev articles and variants of them a year later (the scale bench's
// stream, whose strong pairs percolate and whose regions have wide edges), ingested in batches of every size and
// with reports taken away, on PostgreSQL. After each step the view equals `analyze` of the stored reports. The
// settling test links the stored incidents across a region's edge from the stored pair scores (`link_scores`),
// not from their reports, so this is where a score missing from the store or clustered in another order shows.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import { gvaDevPath, loadGvaArticles, scaleReport } from '../../src/bench/scale-reports.js';
import type { SourceDocument } from '../../src/model/document.js';
import { linkIncidents } from '../../src/reconcile/link-incidents.js';
import { openStore } from '../../src/store/open-store.js';
import { onceEach } from './fixture-documents.js';
import { postgresTarget, type TestTarget, postgresTables } from './store-targets.js';
import { withNeutralIds } from './view-equality.js';

const GVA = [
  process.env.TRIANGULATE_EXTERNAL_EVAL &&
    join(process.env.TRIANGULATE_EXTERNAL_EVAL, 'semeval2018-task5-gva', 'incidents-dev.jsonl'),
  gvaDevPath(),
].find((f): f is string => typeof f === 'string' && f !== '' && existsSync(f));

const extract = onceEach();
let target: TestTarget | undefined;
let reports: SourceDocument[] = [];

beforeAll(async () => {
  if (GVA === undefined) return;
  const articles = await loadGvaArticles(GVA);
  // 150 articles and the variants of the first 90 a year later: the variants share words and recalled events.
  reports = [
    ...Array.from({ length: 150 }, (_, n) => scaleReport(articles, n)),
    ...Array.from({ length: 90 }, (_, k) => scaleReport(articles, articles.length + k)),
  ];
  target = await postgresTarget();
}, 60_000);

afterAll(async () => {
  await target?.dispose();
});

describe.skipIf(GVA === undefined)('incremental refresh on GVA reports and their variants', () => {
  it('equals analyze of the stored reports after batches of every size and deletes', async () => {
    const store = await openStore(target!.target, { extract });
    const db = postgresTables(target!.target);
    try {
      const held = new Map<string, SourceDocument>();
      const check = async (label: string) => {
        const stored = await store.analysis();
        const docs = stored.documents.map((d) => held.get(d.id)!);
        const extractions = withOwnDates(docs).map(extract);
        expect(withNeutralIds(stored), label).toBe(withNeutralIds(assemble(extractions)));
        // The stored scores are every pair linking the batch scores, with its score, and no other.
        const pair = (a: string, b: string, score: number) =>
          a < b ? `${a}|${b}|${score}` : `${b}|${a}|${score}`;
        const scored = [...linkIncidents(extractions, { graph: true }).graph!.scored].map((p) =>
          pair(p.a, p.b, p.score),
        );
        const rows = await db.selectFrom('link_scores').selectAll().execute();
        const kept = rows.map((r) =>
          pair(r.a.replaceAll('\u001f', '\u0000'), r.b.replaceAll('\u001f', '\u0000'), r.score),
        );
        expect(kept.sort(), label).toEqual(scored.sort());
      };
      // The first batch refreshes in full; the later ones add to it, from one report to many, in a shuffled order.
      const order = [...reports].sort((a, b) => (a.id < b.id ? -1 : 1));
      const batches = [100, 1, 1, 3, 20, 1, 60, 2, 52];
      let at = 0;
      for (const [n, size] of batches.entries()) {
        const batch = order.slice(at, at + size);
        at += size;
        await store.ingest(batch);
        for (const d of batch) held.set(d.id, d);
        if (n === 0 || n === 4 || n >= 6) await check(`after batch ${n} (${size} reports)`);
      }
      expect(at).toBe(reports.length);
      // Weak pairs are stored beside the strong ones: the settling test reads them, and links with them.
      const { count } = await db
        .selectFrom('link_scores')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('score', '<', -0.6)
        .executeTakeFirstOrThrow();
      expect(Number(count)).toBeGreaterThan(100);
      // Reports taken away: their pairs leave with them.
      const gone = order.filter((_, i) => i % 17 === 3).map((d) => d.id);
      await store.delete(gone);
      for (const id of gone) held.delete(id);
      await check(`after deleting ${gone.length}`);
      const left = await db
        .selectFrom('link_scores')
        .select('a')
        .where((eb) =>
          eb.or(gone.flatMap((id) => [eb('a', 'like', `${id}\u001f%`), eb('b', 'like', `${id}\u001f%`)])),
        )
        .execute();
      expect(left).toEqual([]);
    } finally {
      await store.close();
      await db.destroy();
    }
  }, 600_000);
});
