// One conformance suite for the Store, run against embedded PGlite and a real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, analyzeDocuments, withOwnDates } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { Extractor } from '../../src/store/ingest-document.js';
import { BACKENDS, type TestTarget } from './store-targets.js';
import { fixtureExtract } from './fixture-extractor.js';
import { BACKGROUND, MARKET, TRAIN, TRAIN_UPDATE, fixtureDocument } from './fixture-documents.js';

/** What `analyze` prints over these documents, with the fixture extractor. */
const expected = (docs: readonly SourceDocument[]) => assemble(withOwnDates(docs).map(fixtureExtract));

describe.each(BACKENDS)('store on $name', (backend) => {
  let target: TestTarget;
  let store: Store;

  beforeAll(async () => {
    target = await backend.create();
    store = await openStore(target.target, { extract: fixtureExtract });
  });
  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });

  it('stores documents and serves exactly the view analyze prints', async () => {
    const report = await store.ingest([TRAIN, MARKET, BACKGROUND]);
    expect(report.added.map((d) => d.id)).toEqual(['train-1', 'market-1', 'background']);
    expect(report.unchanged).toEqual([]);
    const view = await store.analysis();
    expect(view.claims.length).toBe(5);
    expect(JSON.stringify(view)).toBe(JSON.stringify(expected([TRAIN, MARKET, BACKGROUND])));
  });

  it('treats the same text again as a no-op, whatever its metadata', async () => {
    const before = await store.analysis();
    const again = { ...TRAIN, source: 'elsewhere/copy.txt', id: 'copy', title: 'Another title' };
    const report = await store.ingest([again, MARKET]);
    expect(report.added).toEqual([]);
    expect(report.unchanged).toEqual([
      { id: 'train-1', source: 'elsewhere/copy.txt' },
      { id: 'market-1', source: 'reports/market-1.txt' },
    ]);
    expect(await store.analysis()).toEqual(before);
  });

  it('re-reconciles when a new document joins, and still equals analyze', async () => {
    await store.ingest([TRAIN_UPDATE]);
    const view = await store.analysis();
    expect(JSON.stringify(view)).toBe(JSON.stringify(expected([TRAIN, MARKET, BACKGROUND, TRAIN_UPDATE])));
  });

  it('stores a changed text from the same source as a new version that replaces the old one', async () => {
    const edited = fixtureDocument({
      id: 'market-1',
      text: MARKET.text.replace('12 civilians', '14 civilians'),
    });
    const report = await store.ingest([edited]);
    expect(report.added.map((d) => d.id)).toEqual(['market-1']);
    const view = await store.analysis();
    expect(view.documents.map((d) => d.id)).toEqual(['train-1', 'background', 'train-2', 'market-1']);
    expect(view.claims.some((c) => c.value.low === 12)).toBe(false);
    expect(JSON.stringify(view)).toBe(JSON.stringify(expected([TRAIN, BACKGROUND, TRAIN_UPDATE, edited])));
  });

  it('brings an older version back as the newest when its text returns', async () => {
    const report = await store.ingest([MARKET]);
    expect(report.added.map((d) => d.id)).toEqual(['market-1']);
    const view = await store.analysis();
    expect(view.documents.map((d) => d.id)).toEqual(['train-1', 'background', 'train-2', 'market-1']);
    expect(view.claims.some((c) => c.value.low === 12)).toBe(true);
    expect(JSON.stringify(view)).toBe(JSON.stringify(expected([TRAIN, BACKGROUND, TRAIN_UPDATE, MARKET])));
    expect((await store.ingest([MARKET])).unchanged.length).toBe(1);
  });

  it('gives a colliding id from another source a suffix, as analyze does', async () => {
    const other = fixtureDocument({
      id: 'train-1',
      source: 'other/train-1.txt',
      text: 'Officials said 2 civilians were wounded.',
    });
    const report = await store.ingest([other]);
    expect(report.added.map((d) => d.id)).toEqual(['train-1-2']);
    const stored = await store.document('train-1-2');
    expect(stored?.document.source).toBe('other/train-1.txt');
    expect(stored?.claims.map((c) => c.document)).toEqual(['train-1-2']);
    expect(stored?.document.text).toBe(other.text);
  });

  it('never dates a stored document from the others: its dates and incident stay what they were', async () => {
    const dated = (id: string, published: string) =>
      fixtureDocument({
        id,
        published,
        text: `Incident: Convoy ambush ${id}.\nMedics said 4 passengers were wounded.`,
      });
    const before = await store.analysis();
    expect(before.documents.every((d) => d.published === null)).toBe(true);
    const incidentOf = (a: typeof before, doc: string) =>
      a.incidents.find((i) => i.documents.includes(doc))?.id;
    await store.ingest([dated('dated-1', '2025-03-12')]);
    await store.ingest([dated('dated-2', '2025-03-14')]);
    const view = await store.analysis();
    for (const d of before.documents) {
      expect(view.documents.find((x) => x.id === d.id)).toMatchObject({
        published: null,
        publishedInferred: false,
      });
      expect(incidentOf(view, d.id)).toBe(incidentOf(before, d.id));
    }
    expect(view.documents.find((d) => d.id === 'dated-1')).toMatchObject({
      published: '2025-03-12',
      publishedInferred: false,
    });
    const docs = await Promise.all(view.documents.map(async (d) => (await store.document(d.id))!.document));
    expect(JSON.stringify(view)).toBe(JSON.stringify(expected(docs)));
  });

  it('searches incident names and claim sentences, not the rest of their documents', async () => {
    const all = await store.analysis();
    const found = await store.analysis({ query: 'bomb' });
    expect(found.incidents.map((i) => i.label)).toEqual(['Quetta market bombing']);
    expect(found.claims.length).toBeGreaterThan(0);
    expect(found.claims.every((c) => c.incident === found.incidents[0]?.id)).toBe(true);
    expect(found.documents.map((d) => d.id)).toEqual(['market-1']);
    // A claim tied to no incident is found by its own sentence.
    const loose = await store.analysis({ query: 'analysts' });
    expect(loose.incidents).toEqual([]);
    expect(loose.claims.map((c) => c.document)).toEqual(['background']);
    const hijack = await store.incidents({ query: 'hijacked express' });
    expect(hijack.items.map((i) => i.label)).toEqual(['Jaffar Express hijacking']);
    // "tunnel" is only in a sentence that states no figure: the document mentions it, the incident does not.
    expect((await store.incidents({ query: 'tunnel' })).items).toEqual([]);
    expect((await store.analysis({ query: 'tunnel' })).incidents).toEqual([]);
    expect((await store.analysis({ query: 'zeppelin' })).claims).toEqual([]);
    expect(all.incidents.length).toBeGreaterThan(found.incidents.length);
  });

  it('serves one incident with its claims, and counts in the incident list', async () => {
    const { items } = await store.incidents();
    const train = items.find((i) => i.label === 'Jaffar Express hijacking');
    expect(train).toBeDefined();
    const view = await store.incident(train!.id);
    expect(view?.claims.length).toBe(train!.claimCount);
    expect(view?.claims.every((c) => c.incident === train!.id)).toBe(true);
    expect(view?.documents.map((d) => d.id).sort()).toEqual([...train!.documents].sort());
    expect(await store.incident('no-such-incident')).toBeNull();
    // The database-made JSON is the same view, byte for byte once parsed.
    expect(JSON.parse(new TextDecoder().decode((await store.incidentJson(train!.id))!))).toEqual(view);
    expect(await store.incidentJson('no-such-incident')).toBeNull();
    const only = await store.analysis({ incident: train!.id });
    expect(only.incidents.map((i) => i.id)).toEqual([train!.id]);
    await expect(store.analysis({ incident: 'no-such-incident' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('pages through claims with opaque keyset cursors and filters', async () => {
    const all = await store.analysis();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.claims({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => `${c.document}|${c.id}`));
      cursor = page.next;
    } while (cursor);
    // Every claim once, in the order of its stable key (document, claim id), not of its place in the view.
    const keys = all.claims.map((c) => `${c.document}|${c.id}`);
    expect(seen).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const killed = await store.claims({ outcome: 'killed', claimant: 'officials' });
    expect(killed.items.map((c) => c.value.low).sort()).toEqual(
      all.claims
        .filter((c) => c.outcome === 'killed' && c.claimant.id === 'officials')
        .map((c) => c.value.low)
        .sort(),
    );
    await expect(store.claims({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'bad_query' });
    await expect(store.claims({ cursor: Buffer.from('7').toString('base64url') })).rejects.toMatchObject({
      code: 'bad_query',
    });
  });

  it('keeps a cursor valid when documents are added between pages: nothing skipped, nothing twice', async () => {
    const list = async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.documents({ limit: 1, cursor });
        ids.push(...page.items.map((d) => d.id));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    const before = await list();
    const first = await store.documents({ limit: 2 });
    const late = fixtureDocument({
      id: 'late',
      published: '2000-01-01',
      text: 'Incident: Quetta market bombing.\nPolice said 9 civilians were killed.\n',
    });
    // Dated like the newest document: a later sequence sorts it first, before the cursor. With an offset, it
    // would push a seen document onto page two.
    const top = first.items[0]!.published;
    const early = fixtureDocument({
      id: 'newest',
      published: top,
      text: 'Incident: Quetta market bombing.\nPolice said 10 civilians were killed.\n',
    });
    await store.ingest([late, early]);
    const rest: string[] = [];
    let cursor = first.next;
    while (cursor) {
      const page = await store.documents({ limit: 1, cursor });
      rest.push(...page.items.map((d) => d.id));
      cursor = page.next;
    }
    const paged = [...first.items.map((d) => d.id), ...rest];
    // Every document there before is seen exactly once; the newest one sorts before the cursor, so it is not.
    expect(paged.filter((id) => before.includes(id))).toEqual(before);
    expect(paged).toContain('late');
    expect(paged).not.toContain('newest');
    expect((await list())[0]).toBe('newest');
  });

  it('lists documents newest first and by publication date range', async () => {
    const all = (await store.documents({ limit: 1000 })).items;
    const dates = all.map((d) => d.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const ranged = (await store.documents({ from: '2000-01-01', to: '2000-12-31' })).items;
    expect(ranged.map((d) => d.id)).toEqual(['late']);
    // The place filter on real places is tested over the sample articles (test/server/api-routes.test.ts).
    expect((await store.documents({ place: 'zanzibar%' })).items).toEqual([]);
    await expect(store.documents({ cursor: 'bad' })).rejects.toMatchObject({ code: 'bad_query' });
  });

  it('extracts every stored document again after an upgrade of the pipeline', async () => {
    const upgraded: Extractor = (d) => {
      const e = fixtureExtract(d);
      return { ...e, claims: e.claims.map((c) => ({ ...c, hedged: true })) };
    };
    const before = await store.analysis();
    await store.close();
    store = await openStore(target.target, { extract: upgraded });
    expect(await store.analysis()).toEqual(before);
    expect(await store.reextract()).toBe(before.documents.length);
    const after = await store.analysis();
    expect(after.claims.length).toBe(before.claims.length);
    expect(after.claims.every((c) => c.hedged)).toBe(true);
    await store.close();
    store = await openStore(target.target, { extract: fixtureExtract });
    await store.reextract();
    expect(await store.analysis()).toEqual(before);
  });

  it('keeps everything across close and reopen', async () => {
    const before = await store.analysis();
    await store.close();
    store = await openStore(target.target, { extract: fixtureExtract });
    expect(await store.analysis()).toEqual(before);
  });
});

describe.each(BACKENDS)('store on $name with the real extractor', (backend) => {
  it('exports what analyze prints over the example corpus', async () => {
    const target = await backend.create();
    const store = await openStore(target.target);
    try {
      const docs: SourceDocument[] = [];
      for await (const item of readInputs(['examples/jaffar-express']))
        if (item.kind === 'document') docs.push(item.document);
      expect(docs.length).toBe(5);
      const report = await store.ingest(docs, { published: '2025-03-12' });
      expect(report.added.length).toBe(5);
      const stored = await store.analysis();
      expect(JSON.stringify(stored)).toBe(
        JSON.stringify(analyzeDocuments(docs, { published: '2025-03-12' })),
      );
    } finally {
      await store.close();
      await target.dispose();
    }
    // Two full reconciliations with event rows (gazetteer load and place search): 72 s seen at load average 19.
  }, 180_000);
});
