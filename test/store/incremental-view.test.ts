// The incremental refresh's promise (src/store/incremental-view.ts): after any sequence of ingests, replacements and
// deletes, in any order and batching, the stored view equals `analyze` of the reports the store holds — the same
// incidents in the same order with the same rows (ids aside: the store keeps its own) — on PGlite and PostgreSQL.
// The reports are invented; they share events, recall an older one, name one claimant two ways and share a
// claimant with unrelated events, so links, recalled incidents and claimant names all move as reports come and go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, withOwnDates } from '../../src/analyze.js';
import type { SourceDocument } from '../../src/model/document.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { newsReport, onceEach } from './fixture-documents.js';
import { BACKENDS, type TestTarget } from './store-targets.js';
import { withNeutralIds } from './view-equality.js';

const report = newsReport;

const POOL: readonly SourceDocument[] = [
  report(
    'mall-1',
    '2026-05-02',
    'SPRINGFIELD, May 2 — A gunman killed three people and wounded five at the Riverside Mall on Saturday, police said. Police Chief Anna Ortiz said the suspect, Carl Benning, was arrested at the scene.',
  ),
  report(
    'mall-2',
    '2026-05-03',
    'A fourth victim of the Riverside Mall shooting in Springfield died in hospital on Sunday, Chief Anna Ortiz said. Four people were killed and four wounded when Carl Benning opened fire on Saturday.',
  ),
  report(
    'mall-3',
    '2026-05-04',
    'Springfield mourned the four people killed at the Riverside Mall on Saturday. It was the deadliest attack in the city since a 2019 nightclub shooting that killed nine people, the mayor said.',
  ),
  report(
    'nightclub',
    '2024-06-01',
    'A memorial was held in Springfield on Saturday for the nine people killed in the 2019 shooting at the Blue Note nightclub, police said.',
  ),
  report(
    'bus-1',
    '2026-05-02',
    'KARACHI, May 2 — A bomb on a crowded bus killed 12 people and injured 30 in Karachi on Saturday, police said.',
  ),
  report(
    'bus-2',
    '2026-05-03',
    'The death toll from the Karachi bus bombing rose to 15 on Sunday, the provincial health minister said. Police said 30 people remained in hospital.',
  ),
  report(
    'bolan-1',
    '2025-03-12',
    'The Inter-Services Public Relations (ISPR) said four soldiers were killed when militants attacked a convoy in Bolan on March 11, 2025.',
  ),
  report(
    'bolan-2',
    '2025-03-13',
    'ISPR said on Thursday that 23 soldiers died in the Bolan convoy attack, up from four.',
  ),
  report(
    'mine',
    '2026-03-04',
    'Two miners were killed in a roof collapse at the Greenhill mine in Wales on March 3, the company said.',
  ),
];

/** Later versions of some reports (same source, new text): a replacement. */
const EDITS: ReadonlyMap<string, SourceDocument> = new Map([
  [
    'mall-2',
    report(
      'mall-2',
      '2026-05-03',
      'A fourth victim of the Riverside Mall shooting in Springfield died in hospital on Sunday, Chief Anna Ortiz said. Four people were killed and six wounded when Carl Benning opened fire on Saturday.',
    ),
  ],
  [
    'bus-1',
    report(
      'bus-1',
      '2026-05-02',
      'KARACHI, May 2 — A bomb on a crowded bus killed 14 people and injured 30 in Karachi on Saturday, police said.',
    ),
  ],
]);

/** The real extractor, each text extracted once across the whole file. */
const extract = onceEach();

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Step =
  | { kind: 'ingest'; docs: SourceDocument[] }
  | { kind: 'delete'; id: string }
  | { kind: 'edit'; doc: SourceDocument };

function plan(seed: number, steps: number): Step[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const held = new Set<string>();
  const out: Step[] = [];
  while (out.length < steps) {
    const absent = POOL.filter((d) => !held.has(d.id));
    const roll = next();
    if ((roll < 0.55 || held.size < 2) && absent.length > 0) {
      const n = 1 + Math.floor(next() * 3);
      const docs = [...absent].sort(() => next() - 0.5).slice(0, n);
      for (const d of docs) held.add(d.id);
      out.push({ kind: 'ingest', docs });
    } else if (roll < 0.8 && held.size > 0) {
      const id = pick([...held]);
      held.delete(id);
      out.push({ kind: 'delete', id });
    } else {
      const editable = [...held].filter((id) => EDITS.has(id));
      if (editable.length > 0) out.push({ kind: 'edit', doc: EDITS.get(pick(editable))! });
    }
  }
  return out;
}

describe.each(BACKENDS)('incremental refresh on $name', (backend) => {
  let target: TestTarget;
  let store: Store;
  beforeAll(async () => {
    target = await backend.create();
  });
  afterAll(async () => {
    await store?.close();
    await target?.dispose();
  });

  it.each([1, 2, 3])(
    'equals analyze of the stored reports after every step of random sequence %i',
    async (seed) => {
      await store?.close();
      await target.dispose();
      target = await backend.create();
      store = await openStore(target.target, { extract });
      const held = new Map<string, SourceDocument>();
      for (const step of plan(seed, 9)) {
        if (step.kind === 'ingest') {
          await store.ingest(step.docs);
          for (const d of step.docs) held.set(d.id, d);
        } else if (step.kind === 'delete') {
          await store.delete([step.id]);
          held.delete(step.id);
        } else {
          await store.ingest([step.doc]);
          held.set(step.doc.id, step.doc);
        }
        const stored = await store.analysis();
        expect(await store.staleness()).toBeNull();
        // The reports in the store's order (ingest order; a replacement goes last), analysed from scratch.
        const docs = stored.documents.map((d) => held.get(d.id)!);
        expect(docs.every((d) => d !== undefined)).toBe(true);
        const label = `seed ${seed}, after ${step.kind} ${step.kind === 'ingest' ? step.docs.map((d) => d.id).join(',') : step.kind === 'delete' ? step.id : step.doc.id}`;
        expect(withNeutralIds(stored), label).toBe(withNeutralIds(assemble(withOwnDates(docs).map(extract))));
      }
    },
    240_000,
  );

  it('reconciles only what a new report touches: an unrelated report leaves every other row as it was', async () => {
    await store?.close();
    await target.dispose();
    target = await backend.create();
    store = await openStore(target.target, { extract });
    await store.ingest(POOL.filter((d) => d.id !== 'mine'));
    const before = await store.analysis();
    await store.ingest(POOL.filter((d) => d.id === 'mine'));
    const after = await store.analysis();
    // Every incident of before is still there, with the same id and body, and in the same order.
    const kept = after.incidents.filter((i) => !i.documents.includes('mine'));
    expect(kept).toEqual(before.incidents);
    expect(after.claims.filter((c) => c.document !== 'mine')).toEqual(before.claims);
  }, 120_000);
});
