// Extraction speed: documents/s and MB/s of the whole analysis (extract + reconcile) on the GVA dev articles and the
// sample together, peak memory, and wink-nlp's bare readDoc on the same text as the ratio to beat (≥ 0.5×, aim
// 0.8×), timed warm and interleaved in one process, median of the passes, with the load average beside it.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { analyzeDocuments } from '../analyze.js';
import { extractDocument } from '../extract/extract-document.js';
import { normalizeDocument } from '../ingest/normalize-document.js';
import type { SourceDocument } from '../model/document.js';

export interface ExtractBench {
  readonly corpus: string;
  readonly documents: number;
  readonly megabytes: number;
  readonly analyzeDocsPerSecond: number;
  readonly analyzeMBPerSecond: number;
  /** Interleaved timed passes of extraction and of wink (after one warm-up pass each). */
  readonly passes: number;
  /** `uptime`'s 1, 5 and 15 minute load averages when the passes began and when they ended. */
  readonly loadAverageBefore: readonly number[];
  readonly loadAverage: readonly number[];
  readonly extractOnlyMBPerSecond: number;
  readonly winkReadDocMBPerSecond: number | null;
  /** Whole extraction (all stages) against wink's bare readDoc on the same text, median of the passes (≥ 0.5). */
  readonly extractRatioToWink: number | null;
  /** The smallest and largest per-pass ratio. */
  readonly extractRatioRange: readonly [number, number] | null;
  /** Extraction plus reconciliation (batches of five documents) against the same yardstick. */
  readonly analyzeRatioToWink: number | null;
  readonly claims: number;
  readonly peakRssMB: number;
}

export async function sampleDocuments(dir = 'examples/jaffar-express'): Promise<SourceDocument[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (f) => normalizeDocument({ text: await readFile(join(dir, f), 'utf8'), id: f }, f)),
  );
}

export async function gvaDocuments(path: string): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const incident = JSON.parse(line) as { documents: { doc_id: string; text: string; dct?: string }[] };
    for (const d of incident.documents) {
      if (d.text?.trim())
        docs.push(normalizeDocument({ text: d.text, id: d.doc_id, published: d.dct ?? null }, d.doc_id));
    }
  }
  return docs;
}

/**
 * Whole analysis once (claims, memory), then extraction and wink-nlp's bare readDoc timed in one process: one warm-up
 * pass of each, then `passes` interleaved pairs over the same text, the order of each pair alternating (extract then
 * wink, wink then extract …), so both meet the same load and neither always runs second; the ratio is the median of
 * the per-pass ratios, with `uptime`'s load average beside it.
 */
export async function benchExtract(
  corpus: string,
  docs: readonly SourceDocument[],
  repeat = 1,
  passes = 7,
): Promise<ExtractBench> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) * repeat;
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let claims = 0;
  const t = performance.now();
  // One analysis per incident-sized batch: the realistic unit (reconcile is benchmarked on its own).
  for (let r = 0; r < repeat; r++) {
    for (let i = 0; i < docs.length; i += 5) claims += analyzeDocuments(docs.slice(i, i + 5)).claims.length;
  }
  const analyzeSeconds = (performance.now() - t) / 1000;
  const extract = () =>
    timed(() => {
      for (let r = 0; r < repeat; r++) for (const d of docs) extractDocument(d);
    });
  const wink = winkReader();
  const winkPass = wink
    ? () =>
        timed(() => {
          for (let r = 0; r < repeat; r++) for (const d of docs) wink(d.text);
        })
    : null;
  extract();
  winkPass?.();
  const loadAverageBefore = loadavg().map(round);
  const extractTimes: number[] = [];
  const winkTimes: number[] = [];
  for (let p = 0; p < passes; p++) {
    if (winkPass && p % 2 === 1) winkTimes.push(winkPass());
    extractTimes.push(extract());
    if (winkPass && p % 2 === 0) winkTimes.push(winkPass());
  }
  clearInterval(sample);
  const extractSeconds = median(extractTimes);
  const winkSeconds = winkPass ? median(winkTimes) : null;
  const ratios = winkTimes.map((w, i) => w / (extractTimes[i] ?? Infinity));
  const mb = bytes / 1e6;
  return {
    corpus,
    documents: docs.length * repeat,
    megabytes: round(mb),
    passes,
    loadAverageBefore,
    loadAverage: loadavg().map(round),
    analyzeDocsPerSecond: round((docs.length * repeat) / analyzeSeconds),
    analyzeMBPerSecond: round(mb / analyzeSeconds),
    extractOnlyMBPerSecond: round(mb / extractSeconds),
    winkReadDocMBPerSecond: winkSeconds === null ? null : round(mb / winkSeconds),
    extractRatioToWink: winkSeconds === null ? null : round(median(ratios)),
    extractRatioRange: winkSeconds === null ? null : [round(Math.min(...ratios)), round(Math.max(...ratios))],
    analyzeRatioToWink: winkSeconds === null ? null : round(winkSeconds / analyzeSeconds),
    claims: claims / repeat,
    peakRssMB: round(peak / 1e6),
  };
}

function timed(run: () => void): number {
  const t = performance.now();
  run();
  return (performance.now() - t) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** wink-nlp's bare readDoc over one text, paragraph by paragraph (it glues headings onto sentences); null if absent. */
function winkReader(): ((text: string) => void) | null {
  let nlp: { readDoc(text: string): { tokens(): { length(): number } } };
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => typeof nlp;
    nlp = winkNLP(require('wink-eng-lite-web-model'));
  } catch {
    return null;
  }
  return (text) => {
    for (const p of text.split(/\n+/)) if (p.trim()) nlp.readDoc(p).tokens().length();
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
