// Extraction speed: documents/s and MB/s of the whole analysis (extract + reconcile) on the sample and on the
// 2,055 GVA dev articles, peak memory, and wink-nlp's bare readDoc on the same text as the ratio to beat (≥ 0.5×).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
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
  readonly extractOnlyMBPerSecond: number;
  readonly winkReadDocMBPerSecond: number | null;
  /** Whole extraction (all stages) against wink's bare readDoc on the same text: the ratio to beat (≥ 0.5). */
  readonly extractRatioToWink: number | null;
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

export async function benchExtract(
  corpus: string,
  docs: readonly SourceDocument[],
  repeat = 1,
): Promise<ExtractBench> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) * repeat;
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let claims = 0;
  let t = performance.now();
  // One analysis per incident-sized batch: the realistic unit (reconcile is benchmarked on its own).
  for (let r = 0; r < repeat; r++) {
    for (let i = 0; i < docs.length; i += 5) claims += analyzeDocuments(docs.slice(i, i + 5)).claims.length;
  }
  const analyzeSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  for (let r = 0; r < repeat; r++) for (const d of docs) extractDocument(d);
  const extractSeconds = (performance.now() - t) / 1000;
  clearInterval(sample);
  const wink = winkSeconds(docs, repeat);
  const mb = bytes / 1e6;
  return {
    corpus,
    documents: docs.length * repeat,
    megabytes: round(mb),
    analyzeDocsPerSecond: round((docs.length * repeat) / analyzeSeconds),
    analyzeMBPerSecond: round(mb / analyzeSeconds),
    extractOnlyMBPerSecond: round(mb / extractSeconds),
    winkReadDocMBPerSecond: wink === null ? null : round(mb / wink),
    extractRatioToWink: wink === null ? null : round(wink / extractSeconds),
    analyzeRatioToWink: wink === null ? null : round(wink / analyzeSeconds),
    claims: claims / repeat,
    peakRssMB: round(peak / 1e6),
  };
}

/** wink-nlp's bare readDoc over the same text, paragraph by paragraph (it glues headings onto sentences). */
function winkSeconds(docs: readonly SourceDocument[], repeat: number): number | null {
  let nlp: { readDoc(text: string): { tokens(): { length(): number } } };
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => typeof nlp;
    nlp = winkNLP(require('wink-eng-lite-web-model'));
  } catch {
    return null;
  }
  const t = performance.now();
  for (let r = 0; r < repeat; r++) {
    for (const d of docs) for (const p of d.text.split(/\n+/)) if (p.trim()) nlp.readDoc(p).tokens().length();
  }
  return (performance.now() - t) / 1000;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
