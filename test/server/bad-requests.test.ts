// Every bad request is a 400 with a message that says what is wrong — never a 500 from the database.
import { describe, expect, it } from 'vitest';
import { useSampleApp } from './sample-store.js';

const sample = useSampleApp();

const huge = Buffer.from('9'.repeat(400)).toString('base64url');
const big = Buffer.from(String(2 ** 40)).toString('base64url');

describe('bad requests', () => {
  it.each([
    ['/api/incidents?query=train%00hijack', /NUL byte/],
    ['/api/claims?claimant=bla%00', /NUL byte/],
    ['/api/claims?incident=%00', /NUL byte/],
    ['/api/documents/abc%00def', /NUL byte/],
    ['/api/export?query=%00', /NUL byte/],
    [`/api/claims?cursor=${huge}`, /is not one this store gave|cursor/],
    [`/api/incidents?cursor=${big}`, /is not one this store gave/],
    [`/api/incidents?query=${'-'.repeat(50)}`, /has no words to look for/],
    [`/api/export?query=${'-'.repeat(50)}`, /has no words to look for/],
  ])('GET %s is a 400 that says why', async (url, message) => {
    const res = await sample.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(message);
  });

  it('still answers a long query of real words', async () => {
    const words = Array.from({ length: 300 }, () => 'jaffar').join(' ');
    const res = await sample.app.inject({
      method: 'GET',
      url: `/api/incidents?query=${encodeURIComponent(words.slice(0, 500))}`,
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('stores a posted text with NUL bytes, without them', async () => {
    const res = await sample.app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { documents: [{ id: 'nul\u0000doc', text: 'Police said 4 civilians\u0000 were killed.' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = await sample.app.inject({ method: 'GET', url: '/api/documents/nuldoc' });
    expect(stored.json<{ document: { text: string } }>().document.text).toBe(
      'Police said 4 civilians were killed.',
    );
  });
});
