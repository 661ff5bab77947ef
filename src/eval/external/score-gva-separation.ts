// Linking's other side: different GVA incidents of the same day, analysed together as one batch, must stay apart.
// A pair counts as merged when one predicted incident holds articles of both. Same-day pairs are the hard case:
// two shootings on one day in one country share the date, the vocabulary and often the state.
import { analyzeDocuments } from '../../analyze.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import { applyLimit, externalPath, type ExternalOptions } from './external-data.js';
import { readGva, type GvaIncident } from './read-gva.js';

export interface SeparationResult {
  readonly pairs: number;
  readonly merged: number;
  /** Pairs whose main incidents (the ones each incident's own articles mostly land in) merged. */
  readonly mainMerged: number;
  readonly ms: number;
}

export function sameDayPairs(incidents: readonly GvaIncident[]): [GvaIncident, GvaIncident][] {
  const byDay = new Map<string, GvaIncident[]>();
  for (const i of incidents) {
    if (i.date === null || i.articles.every((a) => a.text.trim() === '')) continue;
    byDay.set(i.date, [...(byDay.get(i.date) ?? []), i]);
  }
  const pairs: [GvaIncident, GvaIncident][] = [];
  for (const day of [...byDay.keys()].sort()) {
    const list = byDay.get(day)!;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) pairs.push([list[a]!, list[b]!]);
  }
  return pairs;
}

export function scoreSeparation(options: ExternalOptions = {}): SeparationResult {
  const t0 = performance.now();
  const path = externalPath(options, 'semeval2018-task5-gva', 'incidents-dev.jsonl');
  const pairs = applyLimit(sameDayPairs(readGva(path)), options.limit);
  let merged = 0;
  let mainMerged = 0;
  for (const [a, b] of pairs) {
    const docs = [a, b].flatMap((incident, side) =>
      incident.articles
        .filter((x) => x.text.trim() !== '')
        .map((x) =>
          normalizeDocument(
            { text: x.text, id: `${side}-${x.id}`, title: x.title, url: x.url, published: x.published },
            x.id,
          ),
        ),
    );
    const analysis = analyzeDocuments(docs);
    const both = analysis.incidents.filter(
      (i) => i.documents.some((d) => d.startsWith('0-')) && i.documents.some((d) => d.startsWith('1-')),
    );
    if (both.length > 0) merged++;
    if (both.some((i) => i.main)) mainMerged++;
  }
  return { pairs: pairs.length, merged, mainMerged, ms: performance.now() - t0 };
}

export function formatSeparation(r: SeparationResult): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, r.pairs)).toFixed(1)} %`;
  return (
    `GVA same-day separation: ${r.pairs} pairs of different incidents of one day, each pair analysed as one batch; ` +
    `merged ${r.merged} (${pct(r.merged)}), main events merged ${r.mainMerged} (${pct(r.mainMerged)}), ` +
    `${(r.ms / 1000).toFixed(1)} s`
  );
}
