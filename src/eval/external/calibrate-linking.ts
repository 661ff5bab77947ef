// Fits the linking model (reconcile/link-score.ts) on dev pairs: `node dist/eval/external/calibrate-linking.js`.
// Positive pairs: main incidents of two reports of one event (articles of one GVA incident; documents of one ECB+
// cluster). Negative pairs: main incidents of different events told on one day (GVA same-day pairs) or in one
// ECB+ topic (its two look-alike events). A logistic regression with an L2 penalty, each side weighted to half.
// It prints the weights to paste into `LINK` and the pair accuracy; docs/linking.md records the run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withOwnDates } from '../../analyze.js';
import { extractDocument } from '../../extract/extract-document.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import type { SourceDocument } from '../../model/document.js';
import { linkDiagnostics } from '../../reconcile/link-incidents.js';
import { LINK_FEATURES, pairFeatures, type LinkNode } from '../../reconcile/link-score.js';
import { externalPath } from './external-data.js';
import { readGva, type GvaIncident } from './read-gva.js';
import { sameDayPairs } from './score-gva-separation.js';

interface Sample {
  readonly x: number[];
  readonly y: 0 | 1;
  readonly source: 'gva' | 'ecb';
}

function mains(documents: readonly SourceDocument[]): LinkNode[] {
  const extractions = withOwnDates(documents).map((d) => extractDocument(d));
  return linkDiagnostics(extractions).nodes.filter((n) => n.main);
}

function gvaDocs(incident: GvaIncident, side: string): SourceDocument[] {
  return incident.articles
    .filter((a) => a.text.trim() !== '')
    .map((a) =>
      normalizeDocument(
        { text: a.text, id: `${side}-${a.id}`, title: a.title, url: a.url, published: a.published },
        a.id,
      ),
    );
}

export function gvaSamples(): Sample[] {
  const incidents = readGva(externalPath({}, 'semeval2018-task5-gva', 'incidents-dev.jsonl'));
  const out: Sample[] = [];
  const add = (a: LinkNode, b: LinkNode, y: 0 | 1) => {
    const x = pairFeatures(a, b);
    if (x) out.push({ x, y, source: 'gva' });
  };
  for (const i of incidents) {
    const m = mains(gvaDocs(i, '0'));
    for (let p = 0; p < m.length; p++) for (let q = p + 1; q < m.length; q++) add(m[p]!, m[q]!, 1);
  }
  for (const [a, b] of sameDayPairs(incidents)) {
    const m = mains([...gvaDocs(a, '0'), ...gvaDocs(b, '1')]);
    for (const x of m) for (const y of m) if (x.doc < y.doc && x.doc[0] !== y.doc[0]) add(x, y, 0);
  }
  return out;
}

export async function ecbSamples(): Promise<Sample[]> {
  const root = externalPath({}, 'ecbplus-dev');
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as {
    document_clusters: Record<string, string[]>;
  };
  const cluster = new Map<string, string>();
  for (const [id, docs] of Object.entries(gold.document_clusters))
    for (const d of docs) cluster.set(d.replace(/\.txt$/, ''), id);
  const out: Sample[] = [];
  for (const topic of readdirSync(join(root, 'docs'))) {
    const dir = join(root, 'docs', topic);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f));
    const docs: SourceDocument[] = [];
    for await (const item of readInputs(files, {})) if (item.kind === 'document') docs.push(item.document);
    const m = mains(docs);
    for (let p = 0; p < m.length; p++)
      for (let q = p + 1; q < m.length; q++) {
        const [a, b] = [m[p]!, m[q]!];
        const ca = cluster.get(a.doc);
        const x = pairFeatures(a, b);
        if (x && ca !== undefined && cluster.has(b.doc))
          out.push({ x, y: ca === cluster.get(b.doc) ? 1 : 0, source: 'ecb' });
      }
  }
  return out;
}

const AGAINST = new Set<string>([
  'datesApart',
  'otherPlace',
  'otherProtagonist',
  'otherMagnitude',
  'recalledProtagonist',
]);

/** Gradient descent on the weighted log-loss with an L2 penalty; classes weighted to half each; weights keep
// the sign the evidence has (a feature that measures distance never counts for a link). */
export function fitLogistic(samples: readonly Sample[], l2 = 1e-4, steps = 20000, rate = 4): number[] {
  const d = LINK_FEATURES.length;
  const w = new Array<number>(d + 1).fill(0);
  const pos = samples.filter((s) => s.y === 1).length;
  const weight = (s: Sample) => (s.y === 1 ? 0.5 / pos : 0.5 / (samples.length - pos));
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const s of samples) {
      let z = w[d]!;
      for (let i = 0; i < d; i++) z += w[i]! * s.x[i]!;
      const err = (1 / (1 + Math.exp(-z)) - s.y) * weight(s);
      for (let i = 0; i < d; i++) g[i]! += err * s.x[i]!;
      g[d]! += err;
    }
    for (let i = 0; i < d; i++) {
      w[i]! -= rate * (g[i]! + l2 * w[i]!);
      // Evidence keeps its direction: distance and other places never count for a link, the rest never against.
      w[i] = AGAINST.has(LINK_FEATURES[i]!) ? Math.min(0, w[i]!) : Math.max(0, w[i]!);
    }
    w[d]! -= rate * g[d]!;
  }
  return w;
}

function accuracy(samples: readonly Sample[], w: readonly number[]): string {
  const d = LINK_FEATURES.length;
  const hit = (s: Sample) => {
    let z = w[d]!;
    for (let i = 0; i < d; i++) z += w[i]! * s.x[i]!;
    return z >= 0 === (s.y === 1);
  };
  const rate = (xs: readonly Sample[]) => (xs.filter(hit).length / Math.max(1, xs.length)).toFixed(3);
  return `same ${rate(samples.filter((s) => s.y === 1))}, different ${rate(samples.filter((s) => s.y === 0))}`;
}

async function main(): Promise<void> {
  const samples = [...gvaSamples(), ...(await ecbSamples())];
  const w = fitLogistic(samples);
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(`pairs: ${samples.length} (${samples.filter((s) => s.y === 1).length} same event)`);
  console.log(`bias: ${round(w[LINK_FEATURES.length]!)}`);
  LINK_FEATURES.forEach((f, i) => console.log(`${f}: ${round(w[i]!)}`));
  for (const src of ['gva', 'ecb'] as const)
    console.log(
      `pair accuracy ${src}: ${accuracy(
        samples.filter((s) => s.source === src),
        w,
      )}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
