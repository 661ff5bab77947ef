// Linking as a store does it: every GVA dev article in one batch. The per-incident GVA score (score-gva.ts) analyses
// each incident's articles alone and the same-day separation (score-gva-separation.ts) two incidents at a time, so
// neither sees what a store holding all of them links: different shootings of one city, weeks or years apart,
// told by one outlet in its own words. Scored as document B-cubed (each article's main incident against its GVA
// incident, as the ECB+ scorer does), with the largest predicted incident beside the largest true one.
import { extractDocument } from '../../extract/extract-document.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import { linkIncidents } from '../../reconcile/link-incidents.js';
import { applyLimit, externalPath, type ExternalOptions } from './external-data.js';
import { readGva } from './read-gva.js';
import { bcubedScores } from '../score-sample.js';

export interface GvaBatchResult {
  readonly articles: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Articles in the largest predicted incident, and in the largest GVA incident. */
  readonly largestPredicted: number;
  readonly largestGold: number;
  readonly ms: number;
}

export function scoreGvaBatch(options: ExternalOptions = {}): GvaBatchResult {
  const t0 = performance.now();
  const incidents = applyLimit(
    readGva(externalPath(options, 'semeval2018-task5-gva', 'incidents-dev.jsonl')),
    options.limit,
  );
  const gold = new Map<string, string>();
  const extractions = [];
  for (const incident of incidents)
    for (const a of incident.articles) {
      // An article filed under two incidents is scored under the first, as the scale bench reads them.
      if (a.text.trim() === '' || gold.has(a.id)) continue;
      gold.set(a.id, incident.id);
      extractions.push(
        extractDocument(
          normalizeDocument(
            { text: a.text, id: a.id, title: a.title, url: a.url, published: a.published },
            a.id,
          ),
        ),
      );
    }
  const links = linkIncidents(extractions);
  const predicted = new Map<string, string>();
  for (const e of extractions) {
    const main = e.incidents.find((l) => l.main);
    const id = main ? links.idOf(e.document.id, main.key) : null;
    // An article without a main incident stands alone.
    predicted.set(e.document.id, id ?? `\u0000${e.document.id}`);
  }
  return { ...scored(predicted, gold), ms: performance.now() - t0 };
}

/** Document B-cubed of the predicted incidents against GVA's, with the largest of each. */
function scored(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) {
  const { precision, recall, f1 } = bcubedScores(
    [...predicted].map(([doc, id]) => [gold.get(doc)!, id] as const),
  );
  const largest = (ids: Iterable<string>) => {
    const sizes = new Map<string, number>();
    for (const id of ids) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    return Math.max(0, ...sizes.values());
  };
  return {
    articles: predicted.size,
    precision,
    recall,
    f1,
    largestPredicted: largest(predicted.values()),
    largestGold: largest(gold.values()),
  };
}

export function formatGvaBatch(r: GvaBatchResult): string {
  const f = (x: number) => x.toFixed(3);
  return (
    `GVA dev as one batch (${r.articles} articles linked together, as a store holds them): document B³ ` +
    `P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)}; largest incident ${r.largestPredicted} articles ` +
    `(largest true ${r.largestGold}) [${(r.ms / 1000).toFixed(1)} s]`
  );
}
