// The timeline's order is its row key's: `analyze` sorts entries by the key the store writes as each row's position
// (`timelineKey`), so a store reading rows by position gives `analyze`'s order, ties included. A repeat dated when
// first said (`firstSaid`) can give two entries one time and report order; the first claim's id then decides.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gvaDevPath, loadGvaArticles, scaleReport } from '../../src/bench/scale-reports.js';
import { withOwnDates } from '../../src/analyze.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { reconcileLinked } from '../../src/reconcile/reconcile.js';
import { timelineKey } from '../../src/reconcile/sort-keys.js';

const GVA = [
  process.env.TRIANGULATE_EXTERNAL_EVAL &&
    join(process.env.TRIANGULATE_EXTERNAL_EVAL, 'semeval2018-task5-gva', 'incidents-dev.jsonl'),
  gvaDevPath(),
].find((f): f is string => typeof f === 'string' && f !== '' && existsSync(f));

describe('timeline keys', () => {
  it('order dated before undated, then report order, then the first claim', () => {
    const key = timelineKey;
    expect(
      key({ when: '2014-03-09', order: 9, first: 'b#1' }) < key({ when: null, order: 1, first: 'a#1' }),
    ).toBe(true);
    expect(
      key({ when: '2014-03', order: 9, first: 'b#1' }) < key({ when: '2014-03-09', order: 1, first: 'a#1' }),
    ).toBe(true);
    expect(key({ when: null, order: 1, first: 'z#1' }) < key({ when: null, order: 2, first: 'a#1' })).toBe(
      true,
    );
    // A tie of time and order: the first claim decides, and two entries never share a key.
    expect(key({ when: 'x', order: 5, first: 'a#2' }) < key({ when: 'x', order: 5, first: 'b#1' })).toBe(
      true,
    );
    expect(key({ when: 'x', order: 5, first: 'a#1' })).not.toBe(key({ when: 'x', order: 5, first: 'a#10' }));
  });

  it.skipIf(GVA === undefined)(
    'come in strictly ascending order in a reconciled batch of real reports (ties included)',
    async () => {
      const articles = await loadGvaArticles(GVA!);
      const seen = new Set<string>();
      const docs = articles
        .slice(0, 200)
        .map((_, n) => scaleReport(articles, n))
        .filter((d) => !seen.has(d.text) && seen.add(d.text) !== undefined);
      const { view, order } = reconcileLinked(withOwnDates(docs).map((d) => extractDocument(d)));
      const keys = order.timeline.map(timelineKey);
      expect(keys.length).toBe(view.timeline.length);
      // Some entries of this batch share a time and report order: the tie the first claim breaks.
      const tied = order.timeline.filter(
        (t, n) => n > 0 && t.when === order.timeline[n - 1]!.when && t.order === order.timeline[n - 1]!.order,
      );
      expect(tied.length).toBeGreaterThan(0);
      for (let n = 1; n < keys.length; n++) expect(keys[n - 1]! < keys[n]!, `entry ${n}`).toBe(true);
      view.timeline.forEach((t, n) => expect(t.claims[0]).toBe(order.timeline[n]!.first));
    },
    180_000,
  );
});
