// A statement's key lists every claim id it groups: hundreds of claims from one source on one incident and date
// once overflowed PostgreSQL's btree row limit and left the store unreadable. Keys are bounded now; both backends.
import { describe, expect, it } from 'vitest';
import { MAX_KEY_CHARS, boundedKey } from '../../src/store/row-mapping.js';
import { BACKENDS, useStore } from './store-targets.js';
import { fixtureExtract } from './fixture-extractor.js';
import { fixtureDocument } from './fixture-documents.js';

const CLAIMS = 300;

function longStatement(id: string, from: number): ReturnType<typeof fixtureDocument> {
  const lines = Array.from({ length: CLAIMS }, (_, i) => `Police said ${from + i} civilians were killed.`);
  return fixtureDocument({
    id,
    published: '2025-03-12',
    text: `Incident: Quetta market bombing.\n${lines.join('\n')}\n`,
  });
}

describe('bounded keys', () => {
  it('keeps short keys verbatim and hashes long ones to distinct keys of bounded length', () => {
    expect(boundedKey('a|b|c')).toBe('a|b|c');
    const long = 'x'.repeat(5000);
    expect(boundedKey(long).length).toBe(MAX_KEY_CHARS);
    expect(boundedKey(`${long}1`)).not.toBe(boundedKey(`${long}2`));
    expect(boundedKey(long).startsWith('xxxx')).toBe(true);
  });
});

describe.each(BACKENDS)('a long statement on $name', (backend) => {
  const { store } = useStore(backend, { extract: fixtureExtract });

  it(`stores ${CLAIMS} claims from one source on one incident and date, and stays readable`, async () => {
    const report = await store().ingest([longStatement('long-1', 1)]);
    expect(report.added.map((d) => d.id)).toEqual(['long-1']);
    const view = await store().analysis();
    expect(view.claims.length).toBe(CLAIMS);
    const entry = view.timeline.find((t) => t.claimant.id === 'police');
    expect(entry?.claims.length).toBe(CLAIMS);
    // The next ingest and read still work: the store is not stuck.
    const again = await store().ingest([longStatement('long-2', 1000)]);
    expect(again.added.map((d) => d.id)).toEqual(['long-2']);
    expect((await store().analysis()).claims.length).toBe(2 * CLAIMS);
  });
});
