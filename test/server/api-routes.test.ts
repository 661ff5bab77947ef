// The REST API in-process (fastify.inject) over a real PGlite store holding the sample articles.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import type { IncidentSummary, IncidentView, Page, StoredDocument } from '../../src/store/store.js';
import type { DocumentRecord } from '../../src/model/document.js';
import { useSampleApp } from './sample-store.js';

const sample = useSampleApp();

async function getJson<T>(url: string, status = 200): Promise<T> {
  const res = await sample.app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

async function jaffar(): Promise<IncidentSummary> {
  const page = await getJson<Page<IncidentSummary>>('/api/incidents');
  const found = page.items.find((i) => /Jaff?[ae]r Express/.test(i.label));
  if (!found) throw new Error(`no Jaffar Express incident in ${page.items.map((i) => i.label).join(', ')}`);
  return found;
}

describe('read routes', () => {
  it('answers /healthz once the store is open', async () => {
    expect(await getJson('/healthz')).toEqual({ ok: true });
  });

  it('lists incidents with their counts', async () => {
    const i = await jaffar();
    expect(i.documentCount).toBe(5);
    expect(i.claimCount).toBeGreaterThanOrEqual(12);
    expect(typeof i.conflictCount).toBe('number');
  });

  it('searches incidents by full text and pages through them', async () => {
    const hits = await getJson<Page<IncidentSummary>>('/api/incidents?query=Jaffar');
    expect(hits.items.some((i) => /Jaff?ar/.test(i.label))).toBe(true);
    const none = await getJson<Page<IncidentSummary>>('/api/incidents?query=zanzibarquux');
    expect(none.items).toEqual([]);
    const all = await getJson<Page<IncidentSummary>>('/api/incidents?limit=1000');
    const first = await getJson<Page<IncidentSummary>>('/api/incidents?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.next === null).toBe(all.items.length === 1);
  });

  it('gives one incident with claims, estimates and timeline, and 404 for an unknown one', async () => {
    const { id } = await jaffar();
    const view = await getJson<IncidentView>(`/api/incidents/${encodeURIComponent(id)}`);
    expect(view.incident.id).toBe(id);
    expect(view.claims.map((c) => c.value.text)).toEqual(
      expect.arrayContaining(['all 214', 'all 33', 'over 200']),
    );
    expect(view.documents).toHaveLength(5);
    expect(view.estimates.length).toBeGreaterThan(0);
    const missing = await getJson<{ error: { code: string } }>('/api/incidents/no-such-incident', 404);
    expect(missing.error.code).toBe('not_found');
  });

  it('filters claims and rejects an outcome outside the vocabulary', async () => {
    const killed = await getJson<Page<Claim>>('/api/claims?outcome=killed&limit=1000');
    expect(killed.items.length).toBeGreaterThanOrEqual(5);
    expect(killed.items.every((c) => c.outcome === 'killed')).toBe(true);
    const bla = await getJson<Page<Claim>>('/api/claims?claimant=bla&limit=1000');
    expect(new Set(bla.items.map((c) => c.claimant.id))).toEqual(new Set(['bla']));
    const paged = await getJson<Page<Claim>>('/api/claims?limit=2');
    expect(paged.items).toHaveLength(2);
    const next = await getJson<Page<Claim>>(`/api/claims?limit=2&cursor=${paged.next}`);
    expect(next.items[0]?.id).not.toBe(paged.items[0]?.id);
    const bad = await getJson<{ error: { code: string; message: string } }>(
      '/api/claims?outcome=exploded',
      400,
    );
    expect(bad.error.code).toBe('bad_query');
    expect(bad.error.message).toMatch(/outcome/);
    expect(
      (await getJson<{ error: { code: string } }>('/api/claims?cursor=not-a-cursor', 400)).error.code,
    ).toBe('bad_query');
  });

  it('lists documents by place, case-insensitively, with the documents of every incident there', async () => {
    const incidents = (await getJson<Page<IncidentSummary>>('/api/incidents?limit=1000')).items;
    const place = incidents.find((i) => i.place !== null)?.place;
    expect(place).toBeTruthy();
    const word = place!.toLowerCase().slice(0, 5);
    const expected = new Set(
      incidents.filter((i) => i.place?.toLowerCase().includes(word)).flatMap((i) => i.documents),
    );
    const found = await getJson<Page<DocumentRecord>>(
      `/api/documents?limit=1000&place=${encodeURIComponent(word)}`,
    );
    expect(new Set(found.items.map((d) => d.id))).toEqual(expected);
    const none = await getJson<Page<DocumentRecord>>('/api/documents?place=atlantis');
    expect(none).toEqual({ items: [], next: null });
    const bad = await getJson<{ error: { code: string } }>('/api/documents?from=yesterday', 400);
    expect(bad.error.code).toBe('bad_query');
  });

  it('serves an incident as the JSON the store holds, equal to the store view', async () => {
    const { id } = await jaffar();
    const res = await sample.app.inject({ url: `/api/incidents/${encodeURIComponent(id)}` });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(await sample.temp.store.incident(id))));
  });

  it('filters claims by claimant id or name, never by a near-miss', async () => {
    const ids = async (q: string) =>
      (await getJson<Page<Claim>>(`/api/claims?limit=1000&claimant=${encodeURIComponent(q)}`)).items.map(
        (c) => c.id,
      );
    const byId = await ids('pakistan-military');
    expect(byId.length).toBeGreaterThan(0);
    const all = (await getJson<Page<Claim>>('/api/claims?limit=1000')).items;
    const name = all.find((c) => c.claimant.id === 'pakistan-military')?.claimant.name ?? '';
    // The name in any case and the gazetteer's aliases name the same claimant as its id.
    for (const q of ['ISPR', 'ispr', name, name.toUpperCase(), 'Inter-Services Public Relations'])
      expect(await ids(q), q).toEqual(byId);
    expect(await ids('BLA')).toEqual(await ids('bla'));
    // Part of an abbreviation or of a name is not a name.
    expect(await ids('IS')).toEqual([]);
    expect(await ids('Pakistan')).toEqual([]);
  });

  it('filters incidents by claimant, outcome, date range, country and recalled or not', async () => {
    const list = async (q: string) =>
      (await getJson<Page<IncidentSummary>>(`/api/incidents?limit=1000&${q}`)).items;
    const { id } = await jaffar();
    const has = async (q: string) => (await list(q)).some((i) => i.id === id);
    const all = await list('');
    expect(await has('claimant=ISPR')).toBe(true);
    expect(await has('claimant=BLA&outcome=executed')).toBe(true);
    expect(await has('claimant=Xinhua')).toBe(false);
    expect(await has('from=2025-03-01&to=2025-03-31')).toBe(true);
    expect(await has('from=2025-04-01')).toBe(false);
    expect(await has('to=2025-03-10')).toBe(false);
    expect(await list('country=ZZ')).toEqual([]);
    const main = await list('main=true');
    expect(main.every((i) => i.main)).toBe(true);
    expect(main.length).toBe(all.filter((i) => i.main).length);
    expect((await getJson<{ error: { code: string } }>('/api/incidents?from=March', 400)).error.code).toBe(
      'bad_query',
    );
  });

  it('searches incidents by their own names and claims, not by the whole text of their reports', async () => {
    for (const word of ['coffins', 'Jaffar', 'ultimatum']) {
      const hits = await getJson<Page<IncidentSummary>>(`/api/incidents?limit=1000&query=${word}`);
      for (const hit of hits.items) {
        const view = await getJson<IncidentView>(`/api/incidents/${encodeURIComponent(hit.id)}`);
        const own = [view.incident.label, view.incident.place ?? '', ...view.incident.aliases]
          .concat(view.claims.map((c) => c.evidence.text))
          .join(' ');
        // Stemmed as PostgreSQL does: "coffins" matches "coffin".
        expect(own.toLowerCase(), `${word} → ${hit.label}`).toContain(word.toLowerCase().replace(/s$/, ''));
      }
    }
  });

  it('pages through every claim exactly once', async () => {
    const all = await getJson<Page<Claim>>('/api/claims?limit=1000');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Claim> = await getJson<Page<Claim>>(
        `/api/claims?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.next;
    } while (cursor !== null);
    expect(seen).toEqual(all.items.map((c) => c.id));
  });

  it('gives a document with its text and spans that point at each number', async () => {
    const stored = await getJson<StoredDocument>('/api/documents/002_9022243f7c85389f');
    expect(stored.document.text).toContain('Jaffar Express');
    expect(stored.claims.length).toBeGreaterThanOrEqual(5);
    for (const c of stored.claims) {
      expect(stored.document.text.slice(c.evidence.numberStart, c.evidence.numberEnd)).toBe(c.value.text);
    }
    expect((await getJson<{ error: { code: string } }>('/api/documents/nope', 404)).error.code).toBe(
      'not_found',
    );
  });

  it('exports the store as JSON, CSV and the Markdown report', async () => {
    const json = await sample.app.inject({ method: 'GET', url: '/api/export?format=json' });
    expect(json.headers['content-disposition']).toMatch(/attachment; filename="triangulate\.json"/);
    expect(json.json()).toEqual(JSON.parse(JSON.stringify(await sample.temp.store.analysis())));
    const csv = await sample.app.inject({ method: 'GET', url: '/api/export?format=csv' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('all 214');
    const { id } = await jaffar();
    const md = await sample.app.inject({
      method: 'GET',
      url: `/api/export?format=md&incident=${encodeURIComponent(id)}`,
    });
    expect(md.body).toMatch(/^# Triangulate report/);
    expect(md.body).toContain('Jaffar Express');
  });

  it('describes every SPEC route in the OpenAPI document', async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/healthz',
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/claims',
      '/api/documents/{id}',
      '/api/documents',
      '/api/export',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await sample.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'no route for GET /api/nothing-here' },
    });
  });
});
