// Linking some local incidents from their stored pair scores (`linkScored`) gives the incidents that linking
// their reports with `within` gives: on real GVA dev articles and a variant of some of them (reports told again a
// year later with other names, whose pairs tie and chain), for the whole batch and for subsets of every shape a
// store's refresh links (random members, runs of reports, unions of incidents).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gvaDevPath, loadGvaArticles, scaleReport } from '../../src/bench/scale-reports.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { linkIncidents, linkScored, type LinkGraph } from '../../src/reconcile/link-incidents.js';
import { push } from '../../src/reconcile/tally.js';

const GVA = [
  process.env.TRIANGULATE_EXTERNAL_EVAL &&
    join(process.env.TRIANGULATE_EXTERNAL_EVAL, 'semeval2018-task5-gva', 'incidents-dev.jsonl'),
  gvaDevPath(),
].find((f): f is string => typeof f === 'string' && f !== '' && existsSync(f));

let all: DocumentExtraction[] = [];
let graph: LinkGraph | undefined;
let scored: { a: string; b: string; score: number }[] = [];

beforeAll(async () => {
  if (GVA === undefined) return;
  const articles = await loadGvaArticles(GVA);
  const ns = [
    ...Array.from({ length: 200 }, (_, n) => n),
    ...Array.from({ length: 60 }, (_, k) => articles.length + k),
  ];
  all = ns.map((n) => extractDocument(scaleReport(articles, n)));
  graph = linkIncidents(all, { graph: true }).graph!;
  scored = [...graph.scored];
}, 120_000);

/** A partition as sorted groups of members, sorted. */
function groups(of: Iterable<readonly [string, string]>): string[][] {
  const by = new Map<string, string[]>();
  for (const [m, id] of of) push(by, id, m);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function byReports(within: ReadonlySet<string> | undefined): string[][] {
  const links = linkIncidents(all, within ? { within } : {});
  const out: [string, string][] = [];
  for (const n of graph!.nodes) {
    if (within && !within.has(n.member)) continue;
    const [document, key] = n.member.split('\u0000') as [string, string];
    out.push([n.member, links.idOf(document, key)!]);
  }
  return groups(out);
}

function byScores(within: ReadonlySet<string> | undefined): string[][] {
  const members = graph!.nodes.filter((n) => !within || within.has(n.member));
  return groups(linkScored(members, scored));
}

/** A small deterministic generator (mulberry32), so a failing subset can be found again. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

describe.skipIf(GVA === undefined)('linking from stored pair scores', () => {
  it('gives the batch its incidents, with pairs that tie and weak pairs that weigh in the means', () => {
    expect(scored.some((p) => p.score < -0.6)).toBe(true);
    const whole = byReports(undefined);
    // Incidents of more than one report: the clustering has something to get wrong.
    expect(whole.filter((g) => g.length > 2).length).toBeGreaterThan(5);
    expect(byScores(undefined)).toEqual(whole);
  });

  it('gives any set of local incidents the incidents they have when linked alone', () => {
    const members = graph!.nodes.map((n) => n.member);
    const whole = byReports(undefined);
    const subsets: Set<string>[] = [];
    for (let seed = 1; seed <= 4; seed++) {
      const next = random(seed);
      subsets.push(new Set(members.filter(() => next() < 0.6)));
    }
    subsets.push(new Set(members.filter((m) => m < members[Math.floor(members.length / 2)]!)));
    const next = random(99);
    subsets.push(new Set(whole.filter(() => next() < 0.5).flat()));
    for (const within of subsets) {
      const expected = byReports(within);
      expect(byScores(within)).toEqual(expected);
    }
  });

  it('is not the same without the weak pairs', () => {
    // The weak pairs are part of the means: dropping them merges incidents the batch keeps apart.
    const strongOnly = scored.filter((p) => p.score >= -0.6);
    const members = graph!.nodes;
    expect(groups(linkScored(members, strongOnly))).not.toEqual(byReports(undefined));
  });
});
