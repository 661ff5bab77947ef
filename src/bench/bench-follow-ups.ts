// What stable ids and follow-ups cost one report posted to a store already holding `documents` GVA dev articles
// (embedded PGlite in a temporary directory, removed afterwards): a plain ingest (the yardstick: extraction, the
// identity match and the refresh), the same posted as a follow-up without a hint (it is told where it went: one more
// pass over linking's nodes), and with a hint that linking alone would not follow. Warmed up, repeated, medians; the
// load average is printed beside them. `npm run bench -- follow-ups [--documents N] [--repeat N]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceDocument } from '../model/document.js';
import { openStore } from '../store/open-store.js';
import { loadArticles } from './bench-store.js';

export interface FollowUpBench {
  readonly documents: number;
  readonly repeat: number;
  /** Median ms to add one report, refresh included. */
  readonly plainMs: number;
  readonly followUpMs: number;
  readonly hintedMs: number;
  readonly loadAverage: readonly number[];
}

export function followUpOptions(argv: readonly string[], path: string) {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
  };
  return { path, documents: value('--documents', 500), repeat: value('--repeat', 7) };
}

export async function benchFollowUps(options: {
  readonly path: string;
  readonly documents: number;
  readonly repeat: number;
}): Promise<FollowUpBench> {
  const all = await loadArticles(options.path);
  const base = all.slice(0, options.documents);
  const extra = all.slice(options.documents, options.documents + 2 + 3 * options.repeat);
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-follow-ups-'));
  const store = await openStore(dir);
  try {
    await store.ingest(base);
    const hint = (await store.incidents({ limit: 1 })).items[0]?.id ?? null;
    let next = 0;
    const time = async (followUp: { incident: string | null } | undefined): Promise<number> => {
      const doc: SourceDocument = extra[next++]!;
      const start = performance.now();
      await store.ingest([doc], followUp ? { followUp } : {});
      return performance.now() - start;
    };
    // Warm-up: one of each kind of refresh.
    await time(undefined);
    await time({ incident: null });
    const plain: number[] = [];
    const followUp: number[] = [];
    const hinted: number[] = [];
    // Interleaved, so a change of load falls on all three alike.
    for (let i = 0; i < options.repeat; i++) {
      plain.push(await time(undefined));
      followUp.push(await time({ incident: null }));
      hinted.push(await time({ incident: hint }));
    }
    return {
      documents: base.length,
      repeat: options.repeat,
      plainMs: median(plain),
      followUpMs: median(followUp),
      hintedMs: median(hinted),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
}
