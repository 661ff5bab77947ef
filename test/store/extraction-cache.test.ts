// The extractions a refresh keeps across refreshes (src/store/extraction-cache.ts) are the rows as stored: a row is
// known by its sequence, text hash and version (`xmin`), and the bound drops the least recently used. A store
// handle sees every change it makes itself; the cases that need the key are changes another handle (a worker, a
// server: another process) made to rows this one holds, so they run on PostgreSQL, the backend two handles share
// (a PGlite directory is opened by one process at a time). An update made outside Triangulate: repair-store.test.ts,
// "serves the last good view when a refresh fails".
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/model/document.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { extractionCache } from '../../src/store/extraction-cache.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { newsReport, onceEach } from './fixture-documents.js';
import { postgresTarget, type TestTarget } from './store-targets.js';
import { withNeutralIds } from './view-equality.js';

const extraction = (id: string) => ({ document: { id } }) as unknown as DocumentExtraction;
const row = { seq: 7, hash: 'h7', version: '901', chars: 4 };

describe('extractionCache', () => {
  it('answers a row only under its sequence, text hash and version', () => {
    const cache = extractionCache(100);
    const kept = extraction('a');
    cache.keep(row, kept);
    expect(cache.get(row)).toBe(kept);
    expect(cache.get({ ...row, seq: 8 })).toBeUndefined();
    expect(cache.get({ ...row, hash: 'h8' })).toBeUndefined();
    expect(cache.get({ ...row, version: '902' })).toBeUndefined();
  });

  it('drops the least recently used report once it holds more characters than its bound', () => {
    const cache = extractionCache(10);
    const [a, b, c] = [1, 2, 3].map((seq) => ({ ...row, seq, hash: `h${seq}` }));
    cache.keep(a!, extraction('a'));
    cache.keep(b!, extraction('b'));
    cache.get(a!);
    cache.keep(c!, extraction('c'));
    expect(cache.get(b!)).toBeUndefined();
    expect(cache.get(a!)?.document.id).toBe('a');
    expect(cache.get(c!)?.document.id).toBe('c');
    cache.keep({ ...row, seq: 9, chars: 11 }, extraction('long'));
    expect(cache.get({ ...row, seq: 9 })).toBeUndefined();
  });
});

const report = newsReport;

const MALL_1 =
  'SPRINGFIELD — A gunman killed three people and wounded five at the Riverside Mall on Saturday, police said. Police Chief Anna Ortiz said the suspect, Carl Benning, was arrested at the scene.';
const MALL_2 =
  'A fourth victim of the Riverside Mall shooting in Springfield died in hospital on Sunday, Chief Anna Ortiz said. Four people were killed and four wounded when Carl Benning opened fire on Saturday.';
const MALL_2_EDITED =
  'A fourth victim of the Riverside Mall shooting in Springfield died in hospital on Sunday, Chief Anna Ortiz said. Four people were killed and six wounded when Carl Benning opened fire on Saturday.';
const MALL_3 =
  'Springfield mourned the four people killed at the Riverside Mall on Saturday, Chief Anna Ortiz said, as Carl Benning appeared in court.';

const real = onceEach();
/** Another extractor (an older or newer version): the same incidents, no claims. */
const claimless = (d: SourceDocument): DocumentExtraction => ({ ...real(d), claims: [] });

describe('two handles on one PostgreSQL store', () => {
  let target: TestTarget | undefined;
  const open: Store[] = [];
  const handle = async (extract = real) => {
    const store = await openStore(target!.target, { extract });
    open.push(store);
    return store;
  };
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    await target?.dispose();
  });

  /** The view `store` made equals the view a full refresh of the same rows makes. */
  const expectAsFullRefresh = async (store: Store) => {
    const made = withNeutralIds(await store.analysis());
    const fresh = await handle();
    await fresh.refresh({ full: true });
    expect(made).toBe(withNeutralIds(await fresh.analysis()));
  };

  it('reads a report the other handle replaced, or deleted and ingested again with another date', async () => {
    target = await postgresTarget();
    const [one, other] = [await handle(), await handle()];
    await one.ingest([report('mall-1', '2026-05-02', MALL_1), report('mall-2', '2026-05-03', MALL_2)]);
    await other.ingest([report('mall-2', '2026-05-03', MALL_2_EDITED)]);
    await other.delete(['mall-1']);
    // The same text, so the same hash; dated a week later, so its Saturday is another day.
    await other.ingest([report('mall-1', '2026-05-09', MALL_1)]);
    await one.ingest([report('mall-3', '2026-05-10', MALL_3)]);
    await expectAsFullRefresh(one);
  }, 120_000);

  it('reads the reports the other handle extracted again', async () => {
    target = await postgresTarget();
    const [one, other] = [await handle(), await handle(claimless)];
    await one.ingest([report('mall-1', '2026-05-02', MALL_1), report('mall-2', '2026-05-03', MALL_2)]);
    await other.reextract();
    await one.ingest([report('mall-3', '2026-05-04', MALL_3)]);
    await expectAsFullRefresh(one);
  }, 120_000);
});
