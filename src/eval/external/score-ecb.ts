// ECB+ dev (real multi-report news, two look-alike events per topic): each topic analysed as one batch, as the
// held-out set is, then scored by the data set's own scorer (`score-ecb.mjs`, read from ../shared at run time).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import { externalPath, type ExternalOptions } from './external-data.js';

interface EcbMeasure {
  readonly P: number | null;
  readonly R: number | null;
  readonly F1: number | null;
}

export interface EcbResult {
  readonly topics: readonly string[];
  readonly text: string;
  readonly overall: Record<string, unknown>;
  readonly ms: number;
}

/** Topic folders under docs/, in numeric order; `limit` keeps the first N. */
function topicsOf(docs: string, options: ExternalOptions): string[] {
  const all = readdirSync(docs)
    .filter((t) => /^\d+$/.test(t))
    .sort((a, b) => Number(a) - Number(b));
  return options.limit === undefined ? all : all.slice(0, options.limit);
}

/** As `triangulate analyze DIR/*.txt` reads them: the same readers, the same ids. */
export function analyzeEcbTopic(docs: string, topic: string): ReturnType<typeof analyze> {
  const dir = join(docs, topic);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  return analyze(files);
}

export async function scoreEcb(options: ExternalOptions = {}, misses = false): Promise<EcbResult> {
  const t0 = performance.now();
  const root = externalPath(options, 'ecbplus-dev');
  const docs = join(root, 'docs');
  const topics = topicsOf(docs, options);
  const out = mkdtempSync(join(tmpdir(), 'triangulate-ecb-'));
  try {
    for (const t of topics) {
      writeFileSync(join(out, `pred-${t}.json`), JSON.stringify(await analyzeEcbTopic(docs, t)));
    }
    const args = [
      join(root, 'score-ecb.mjs'),
      join(root, 'gold.json'),
      docs,
      join(out, 'pred-{topic}.json'),
      '--topics',
      topics.join(','),
    ];
    const text = execFileSync(process.execPath, [...args, ...(misses ? ['--misses'] : [])], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const json = JSON.parse(execFileSync(process.execPath, [...args, '--json'], { encoding: 'utf8' })) as {
      overall: Record<string, unknown>;
    };
    return { topics, text, overall: json.overall, ms: performance.now() - t0 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const f = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));

export function formatEcb(r: EcbResult): string {
  const o = r.overall as {
    P?: number;
    R?: number;
    F1?: number;
    documentB3?: EcbMeasure;
    incidentB3?: EcbMeasure;
    fields?: Record<string, number>;
  };
  const doc = o.documentB3;
  return [
    `ECB+ dev (${r.topics.length} topics, one batch per topic; scorer: ecbplus-dev/score-ecb.mjs)`,
    `  claims P ${f(o.P)}  R ${f(o.R)}  F1 ${f(o.F1)}`,
    `  document B³ P ${f(doc?.P)}  R ${f(doc?.R)}  F1 ${f(doc?.F1)}`,
    ...r.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => `  | ${l}`),
    `  time ${(r.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}
