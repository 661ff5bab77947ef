// Follow-ups over the API, on PGlite and PostgreSQL with the real extractor: a report posted from an incident's page
// joins it unless the evidence says it is another event, and the answer says which incident and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/create-server.js';
import { BACKENDS, useStore } from '../store/store-targets.js';
import { readSample } from './sample-store.js';

const FOLLOW_UP =
  'QUETTA, March 14 (Reuters) – Pakistan’s military said on Friday that 26 hostages were killed in the Jaffar Express train hijacking, and that all 33 attackers were killed.';
/** Says nothing that names the event: on its own it stays apart, posted from the page it joins. */
const WEAK =
  'Relatives collected the bodies of their loved ones at a hospital on Saturday, officials said, as the death toll rose to 31.';
const UNRELATED =
  'LAHORE, March 14 – A gas cylinder exploded in a Lahore market on Friday, killing 7 people and wounding 12, police said.';

describe.each(BACKENDS)('follow-ups on $name', (backend) => {
  const opened = useStore(backend);
  let app: FastifyInstance;
  let jaffar: string;
  const post = (text: string, incident?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { documents: [{ text, published: '2025-03-14' }], ...(incident ? { incident } : {}) },
    });

  beforeAll(async () => {
    await opened.store().ingest(await readSample());
    app = await createServer({ store: opened.store(), webRoot: null });
    const list = await app.inject({ method: 'GET', url: '/api/incidents?limit=1' });
    jaffar = list.json().items[0].id;
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('joins the incident it was posted from, and says why', async () => {
    const res = await post(FOLLOW_UP, jaffar);
    expect(res.statusCode).toBe(201);
    const [answer] = res.json().incidents;
    expect(answer).toMatchObject({ incident: jaffar, hinted: jaffar, joined: true });
    expect(answer.score).toBeGreaterThan(0);
    expect(answer.why.join('; ')).toMatch(/both name the event “Jaffar Express/);
    const page = (await app.inject({ method: 'GET', url: `/api/incidents/${jaffar}` })).json();
    expect(page.documents.map((d: { id: string }) => d.id)).toContain(answer.document);
    expect(page.incident.place).not.toBe('Jaffar Express');
    await opened.store().delete([answer.document]);
  }, 120_000);

  it('joins it without the hint too, on its own evidence', async () => {
    const res = await post(FOLLOW_UP);
    const [answer] = res.json().incidents;
    expect(answer).toMatchObject({ incident: jaffar, hinted: null, joined: true });
    expect(answer.why.length).toBeGreaterThan(0);
    await opened.store().delete([answer.document]);
  }, 120_000);

  it('joins on the hint what it would not join on its own evidence', async () => {
    const alone = (await post(WEAK)).json().incidents[0];
    expect(alone.incident).not.toBe(jaffar);
    await opened.store().delete([alone.document]);
    const res = await post(WEAK, jaffar);
    const [answer] = res.json().incidents;
    expect(answer).toMatchObject({ incident: jaffar, hinted: jaffar, joined: true });
    const page = (await app.inject({ method: 'GET', url: `/api/incidents/${jaffar}` })).json();
    expect(page.documents.map((d: { id: string }) => d.id)).toContain(answer.document);
    // Decided once: a later refresh (another report arriving) keeps it there.
    await opened.store().ingest([{ ...(await readSample())[0]!, id: 'x', text: UNRELATED }]);
    expect((await opened.store().incident(jaffar))?.incident.documents).toContain(answer.document);
    await opened.store().delete([answer.document, 'x']);
  }, 120_000);

  it('keeps an unrelated report apart even when posted from the page, and says what stood against it', async () => {
    const res = await post(UNRELATED, jaffar);
    const [answer] = res.json().incidents;
    expect(answer).toMatchObject({ hinted: jaffar, joined: false });
    expect(answer.incident).not.toBe(jaffar);
    expect(answer.why.join('; ')).toMatch(/km apart/);
    const page = (await app.inject({ method: 'GET', url: `/api/incidents/${jaffar}` })).json();
    expect(page.documents.map((d: { id: string }) => d.id)).not.toContain(answer.document);
    await opened.store().delete([answer.document]);
  }, 120_000);

  it('refuses an incident that does not exist, and stores nothing', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/documents' })).json().items.length;
    const res = await post(FOLLOW_UP, 'no-such-incident');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('no incident "no-such-incident" to add the reports to');
    expect((await app.inject({ method: 'GET', url: '/api/documents' })).json().items.length).toBe(before);
  });
});
