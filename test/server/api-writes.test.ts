// Ingest over HTTP and the guards around it: body limits, URL refusal, cross-site and token checks, the 500 boundary.
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/create-server.js';
import { startServer } from '../../src/server/start-server.js';
import { sampleStore, useSampleApp } from './sample-store.js';

const sample = useSampleApp();

const REPORT = 'On March 12 the military said all 33 insurgents were killed on the Jaffar Express.';

describe('POST /api/documents', () => {
  it('ingests pasted text once, and re-posting it is a no-op', async () => {
    const body = { documents: [{ text: REPORT, title: 'Pasted', outlet: 'Desk' }] };
    const first = await sample.app.inject({ method: 'POST', url: '/api/documents', payload: body });
    expect(first.statusCode, first.body).toBe(201);
    const added = first.json<{ added: { id: string; title: string }[] }>().added;
    expect(added).toHaveLength(1);
    expect(added[0]?.title).toBe('Pasted');
    const again = await sample.app.inject({ method: 'POST', url: '/api/documents', payload: body });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ unchanged: unknown[] }>().unchanged).toHaveLength(1);
    const stored = await sample.app.inject({ method: 'GET', url: `/api/documents/${added[0]?.id}` });
    expect(stored.json<{ document: { text: string } }>().document.text).toBe(REPORT);
  });

  it('takes a raw text/plain body and uploaded .jsonl files', async () => {
    const raw = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: 'A raw report: 12 passengers were wounded near Quetta.',
    });
    expect(raw.statusCode, raw.body).toBe(201);
    const lines = [
      '{"id":"up-1","text":"First uploaded report."}',
      '{"id":"up-2","text":"Second uploaded report."}',
    ];
    const files = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { files: [{ name: 'batch.jsonl', content: lines.join('\n') }] },
    });
    expect(files.statusCode, files.body).toBe(201);
    expect(files.json<{ added: { id: string }[] }>().added.map((d) => d.id)).toEqual(['up-1', 'up-2']);
  });

  it('keeps the good documents of a batch and reports the bad ones', async () => {
    const res = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { documents: [{ text: '   ' }, { text: 'A good one about 3 soldiers.' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const answer = res.json<{
      added: unknown[];
      failed: { code: string }[];
      reports: { status: string }[];
    }>();
    expect(answer.added).toHaveLength(1);
    expect(answer.failed.map((f) => f.code)).toEqual(['empty']);
    expect(answer.reports.map((r) => r.status).sort()).toEqual(['failed', 'new']);
  });

  it('keeps two uploads with the same name and different texts, and names what became of each', async () => {
    type Answer = { reports: { input: string; id: string; status: string }[]; added: { id: string }[] };
    const upload = (content: string) =>
      sample.app.inject({
        method: 'POST',
        url: '/api/documents',
        payload: { files: [{ name: 'field-note.txt', content }] },
      });
    const first = (await upload('Field note: 5 villagers were wounded near Turbat.')).json<Answer>();
    const second = (await upload('Field note: 9 policemen were killed near Gwadar.')).json<Answer>();
    const again = (await upload('Field note: 9 policemen were killed near Gwadar.')).json<Answer>();
    expect(first.reports).toEqual([{ input: 'field-note.txt', id: 'field-note', status: 'new' }]);
    expect(second.reports).toEqual([{ input: 'field-note.txt', id: 'field-note-2', status: 'renamed' }]);
    expect(again.reports).toEqual([{ input: 'field-note.txt', id: 'field-note-2', status: 'duplicate' }]);
    // Both texts are stored: the first was not silently replaced.
    for (const [id, words] of [
      ['field-note', '5 villagers'],
      ['field-note-2', '9 policemen'],
    ]) {
      const stored = await sample.app.inject({ method: 'GET', url: `/api/documents/${id}` });
      expect(stored.json<{ document: { text: string } }>().document.text).toContain(words);
    }
  });

  it('names the same upload twice in one batch once as new and once as a duplicate', async () => {
    const content = 'Dispatch: 2 porters were wounded at the Chaman crossing.';
    const res = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: {
        files: [
          { name: 'dispatch.txt', content },
          { name: 'dispatch.txt', content },
        ],
      },
    });
    const statuses = res.json<{ reports: { status: string }[] }>().reports.map((r) => r.status);
    expect(statuses).toEqual(['new', 'duplicate']);
  });

  it('refuses what it cannot read with a code and a reason', async () => {
    const cases: [unknown, number, string][] = [
      [{ url: 'http://10.0.0.1/article' }, 403, 'forbidden_address'],
      [{ urls: ['http://127.0.0.1:9/feed.xml', 'http://[::1]/x'] }, 403, 'forbidden_address'],
      [{ url: 'http://localhost:9/article' }, 403, 'forbidden_address'],
      [{ url: 'ftp://example.com/article.txt' }, 400, 'bad_url'],
      [{ documents: [] }, 422, 'empty'],
      [{ documents: [{ text: 42 }] }, 400, 'bad_input'],
      [{ documents: [{ text: '' }] }, 422, 'empty'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await sample.app.inject({
        method: 'POST',
        url: '/api/documents',
        payload: payload as object,
      });
      expect(res.statusCode, JSON.stringify(payload) + res.body).toBe(status);
      expect(res.json<{ error: { code: string; message: string } }>().error.code).toBe(code);
    }
    const badJson = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { 'content-type': 'application/json' },
      payload: '{"documents": [',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json<{ error: { code: string } }>().error.code).toBe('bad_input');
  });

  it('reads HTML as its article text', async () => {
    const html =
      '<html><head><title>Train attack</title></head><body><nav>Menu</nav><article><h1>Train attack</h1>' +
      '<p>Officials said 14 soldiers were killed when the train was attacked near Bolan on Tuesday morning.</p>' +
      '<p>Rescue teams reached the site hours later and the line stayed closed for two days.</p></article></body></html>';
    const res = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { documents: [{ html, id: 'html-1' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = await sample.app.inject({ method: 'GET', url: '/api/documents/html-1' });
    const text = stored.json<{ document: { text: string } }>().document.text;
    expect(text).toContain('14 soldiers were killed');
    expect(text).not.toContain('<p>');
  });

  it('refuses bodies over the limit before reading them', async () => {
    const res = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { 'content-type': 'text/plain' },
      payload: 'x'.repeat(21 * 1024 * 1024),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('too_large');
  });
});

describe('guards', () => {
  it('sends a strict Content-Security-Policy and no-sniff on every answer', async () => {
    const res = await sample.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses cross-site writes and foreign Host names on loopback', async () => {
    const crossSite = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      payload: 'planted report about 99 soldiers',
    });
    expect(crossSite.statusCode).toBe(401);
    const rebound = await sample.app.inject({
      method: 'GET',
      url: '/api/incidents',
      headers: { host: 'evil.example:8080' },
    });
    expect(rebound.statusCode).toBe(400);
    const sameSite = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'content-type': 'text/plain' },
      payload: 'A same-origin report about 4 soldiers.',
    });
    expect(sameSite.statusCode, sameSite.body).toBe(201);
  });

  it('needs the bearer token for writes when one is set, never for reads', async () => {
    const guarded = await createServer({
      store: sample.temp.store,
      webRoot: null,
      token: 's3cret',
      loopbackOnly: false,
    });
    try {
      const post = (authorization?: string) =>
        guarded.inject({
          method: 'POST',
          url: '/api/documents',
          headers: { 'content-type': 'text/plain', ...(authorization ? { authorization } : {}) },
          payload: 'Token test: 7 passengers were rescued.',
        });
      expect((await post()).statusCode).toBe(401);
      expect((await post('Bearer wrong')).json<{ error: { code: string } }>().error.code).toBe(
        'unauthorized',
      );
      expect((await post('Bearer s3cret')).statusCode).toBe(201);
      expect(
        (await guarded.inject({ method: 'GET', url: '/api/incidents', headers: { host: 'news.example' } }))
          .statusCode,
      ).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('will not listen off loopback without a token', async () => {
    await expect(
      startServer({ store: sample.temp.store, host: '0.0.0.0', port: 0, webRoot: null }),
    ).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('turns an unexpected failure into a plain 500', async () => {
    const broken = await sampleStore();
    const server = await createServer({ store: broken.store, webRoot: null });
    try {
      await broken.store.close();
      const res = await server.inject({ method: 'GET', url: '/api/incidents' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    } finally {
      await server.close();
      await broken.dispose();
    }
  });
});
