// The incident list's keyset cursor stays valid when incidents are added between pages: every incident there before
// is seen exactly once, wherever the new ones sort (an offset cursor would show one twice or skip one).
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, useStore } from './store-targets.js';
import { fixtureExtract } from './fixture-extractor.js';
import { MARKET, TRAIN, fixtureDocument } from './fixture-documents.js';

const WHAT = {
  Sibi: 'A convoy was ambushed on the highway.\nLevies said 3 militants were killed.',
  Turbat: 'Gunmen stormed a bank branch downtown.\nDoctors said 7 civilians were wounded.',
  Gwadar: 'A fishing harbour depot burned overnight.\nFishermen said 2 hostages were held.',
  Zhob: 'Floodwater swept a bus off a bridge.\nRescuers said 11 passengers were rescued.',
  Kech: 'A rocket struck a school courtyard.\nTeachers said 5 civilians were killed.',
} as const;

const event = (id: keyof typeof WHAT, published: string) =>
  fixtureDocument({ id, published, text: `Incident: ${id}.\n${WHAT[id]}\n` });

async function pageIds(store: Store, cursor: string | null): Promise<string[]> {
  const ids: string[] = [];
  for (let next = cursor; next !== null;) {
    const page = await store.incidents({ limit: 1, cursor: next });
    ids.push(...page.items.map((i) => i.id));
    next = page.next;
  }
  return ids;
}

describe.each(BACKENDS)('incident pages on $name', (backend) => {
  const opened = useStore(backend, { extract: fixtureExtract });

  it('keeps a cursor valid when incidents are added between pages', async () => {
    const store = opened.store();
    await store.ingest([TRAIN, MARKET, event('Sibi', '2020-05-01'), event('Turbat', '2021-05-01')]);
    const before = (await store.incidents({ limit: 1000 })).items.map((i) => i.id);
    const first = await store.incidents({ limit: 2 });
    // New incidents that sort before the cursor, after it, and among the seen ones.
    await store.ingest([
      event('Gwadar', '2030-01-01'),
      event('Zhob', '1990-01-01'),
      event('Kech', '2021-05-01'),
    ]);
    const paged = [...first.items.map((i) => i.id), ...(await pageIds(store, first.next))];
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.filter((id) => before.includes(id))).toEqual(before);
    const after = (await store.incidents({ limit: 1000 })).items.map((i) => i.id);
    expect(after.length).toBe(before.length + 3);
    // At least one new incident sorts before the cursor: an offset into the order would repeat a seen one.
    const cut = after.indexOf(first.items.at(-1)!.id);
    expect(after.slice(0, cut).some((id) => !before.includes(id))).toBe(true);
  });
});
