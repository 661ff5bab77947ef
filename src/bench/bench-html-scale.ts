// How HTML extraction scales with page size (`npm run bench -- html-scale`): an invented article of N bytes, one
// <p> per sentence inside one wide <div>, wrapped in a cluttered news page. Each size runs in its own child
// process so its peak RSS is its own; time per MB must stay flat (linear), RSS per MB of text bounded.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractHtml } from '../ingest/extract-html.js';
import { clutteredPage } from './bench-html.js';

const SUBJECTS = ['Police', 'The ministry', 'Witnesses', 'A hospital official', 'The governor', 'Rescuers'];
const VERBS = ['said', 'told reporters', 'confirmed', 'reported'];
const PLACES = ['near the market', 'on the highway', 'in the old town', 'at the station', 'by the river'];

/**
 * An invented article of about `bytes` characters, one paragraph a sentence; every `figureEvery`-th sentence states
 * a figure (1: all of them, the worst case for extraction), the others are plain narrative.
 */
export function inventedArticle(bytes: number, figureEvery = 1): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      i % figureEvery === 0
        ? `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[i % VERBS.length]} ${(i % 97) + 2} people were ` +
          `${i % 3 === 0 ? 'killed' : 'wounded'} ${PLACES[i % PLACES.length]} on day ${i} of the unrest.`
        : `Shops stayed closed ${PLACES[i % PLACES.length]} as ${(SUBJECTS[i % SUBJECTS.length] ?? '').toLowerCase()} waited for news.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

export interface ScalePoint {
  readonly htmlBytes: number;
  readonly textChars: number;
  readonly ms: number;
  readonly msPerMb: number;
  readonly peakRssMb: number;
  readonly rssMbPerTextMb: number;
}

/** One size, in this process: the median of `repeat` runs after a warm-up, and the process's peak RSS. */
export function measureSize(bytes: number, repeat: number): ScalePoint {
  const html = clutteredPage({ text: inventedArticle(bytes), title: 'Clashes in the capital' });
  const baseline = process.resourceUsage().maxRSS / 1024;
  extractHtml(clutteredPage({ text: inventedArticle(20_000), title: 'Warm-up' }));
  // Below 2 MB the page itself warms up too: at 100 KB one cold run weighs more than the page (3 runs: 252 ms median,
  // 9 runs after this warm-up: 71 ms).
  if (bytes < 2e6) extractHtml(html);
  const times: number[] = [];
  let textChars = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    textChars = extractHtml(html).text.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? 0;
  const peak = process.resourceUsage().maxRSS / 1024;
  const mb = html.length / 1e6;
  return {
    htmlBytes: html.length,
    textChars,
    ms: Math.round(ms),
    msPerMb: Math.round(ms / mb),
    peakRssMb: Math.round(peak),
    rssMbPerTextMb: Math.round((peak - baseline) / (textChars / 1e6)),
  };
}

export async function benchHtmlScale(
  sizes: readonly number[] = [100_000, 1_000_000, 10_000_000],
): Promise<{ points: ScalePoint[]; flatness: number; loadavg: number[] }> {
  const self = fileURLToPath(import.meta.url);
  const points = sizes.map((bytes) => {
    const repeat = bytes >= 5e6 ? '1' : bytes < 1e6 ? '9' : '3';
    const out = execFileSync(process.execPath, [self, String(bytes), repeat], {
      encoding: 'utf8',
      maxBuffer: 1e6,
    });
    return JSON.parse(out) as ScalePoint;
  });
  const perMb = points.map((p) => p.msPerMb);
  return {
    points,
    flatness: Number((Math.max(...perMb) / Math.min(...perMb)).toFixed(2)),
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [bytes, repeat] = process.argv.slice(2).map(Number);
  if (bytes) console.log(JSON.stringify(measureSize(bytes, repeat || 3)));
  else console.log(JSON.stringify(await benchHtmlScale(), null, 2));
}
