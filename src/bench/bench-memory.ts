// Memory and time per MB of text (`npm run bench -- memory [--sizes 1,5,10] [--repeat 1] [--skip-ingest]`):
// `triangulate analyze FILE` and `triangulate ingest FILE` (a fresh embedded store) of one big plain-text report and
// one big HTML report, made at run time by joining GVA dev articles (never stored in the repository). Each run is
// its own process, its peak RSS read at exit; the yardstick, measured side by side, is the same command on a
// one-sentence report: what a run costs before any text. RSS per MB = (peak − yardstick) / MB of text.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gvaDocuments } from './bench-extract.js';

const BIN = fileURLToPath(new URL('../../bin/triangulate.js', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./report-rss.js', import.meta.url));

export interface MemoryOptions {
  readonly sizes: readonly number[];
  readonly repeat: number;
  readonly ingest: boolean;
  readonly path: string;
}

export function memoryOptions(argv: readonly string[], path: string): MemoryOptions {
  const value = (flag: string): string | undefined =>
    argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined;
  return {
    sizes: (value('--sizes') ?? '1,5,10').split(',').map(Number),
    repeat: Number(value('--repeat') ?? 1),
    ingest: !argv.includes('--skip-ingest'),
    path,
  };
}

interface Run {
  readonly peakRssMb: number;
  readonly seconds: number;
}

export interface MemoryPoint {
  readonly command: 'analyze' | 'ingest';
  readonly kind: 'text' | 'html';
  readonly megabytes: number;
  readonly textMegabytes: number;
  readonly peakRssMb: number;
  readonly rssMbPerTextMb: number;
  readonly seconds: number;
  readonly secondsPerMb: number;
}

/** About `megabytes` MB of real news text: GVA dev articles one after another, cycled as needed. */
export function joinedText(articles: readonly string[], megabytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const text = articles[i % articles.length] ?? '';
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Joined reports</title></head><body><article><h1>Joined reports</h1>\n${paragraphs.join('\n')}\n</article></body></html>`;
}

function measure(args: readonly string[]): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1e9,
  });
  const seconds = (performance.now() - started) / 1000;
  const kb = /triangulate-bench-peak-rss-kb (\d+)/.exec(run.stderr ?? '')?.[1];
  if (run.status !== 0 || kb === undefined)
    throw new Error(`triangulate ${args.join(' ')} failed (${run.status}): ${run.stderr?.slice(-500)}`);
  return { peakRssMb: Number(kb) / 1024, seconds };
}

function median(runs: readonly Run[]): Run {
  const by = <K extends keyof Run>(k: K) =>
    [...runs].sort((a, b) => a[k] - b[k])[Math.floor(runs.length / 2)]!;
  return { peakRssMb: by('peakRssMb').peakRssMb, seconds: by('seconds').seconds };
}

export async function benchMemory(options: MemoryOptions): Promise<{
  readonly yardstick: Record<string, Run>;
  readonly points: MemoryPoint[];
  readonly worstRssMbPerTextMb: number;
  readonly loadAverage: readonly number[];
}> {
  const articles = (await gvaDocuments(options.path)).map((d) => d.text.trim());
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-bench-memory-'));
  try {
    const tiny = join(dir, 'tiny.txt');
    await writeFile(tiny, 'Police said 3 people were killed in Ashford on Monday.\n');
    const commands = options.ingest ? (['analyze', 'ingest'] as const) : (['analyze'] as const);
    let stores = 0;
    const argsOf = (command: 'analyze' | 'ingest', file: string): string[] =>
      command === 'analyze'
        ? ['analyze', file]
        : ['ingest', file, '--quiet', '--db', join(dir, `store-${stores++}`)];
    const runs = (command: 'analyze' | 'ingest', file: string): Run =>
      median(Array.from({ length: options.repeat }, () => measure(argsOf(command, file))));
    // The first runs warm the disk cache and are thrown away.
    for (const command of commands) measure(argsOf(command, tiny));
    const yardstick: Record<string, Run> = {};
    for (const command of commands) yardstick[command] = runs(command, tiny);
    const points: MemoryPoint[] = [];
    for (const megabytes of options.sizes) {
      const text = joinedText(articles, megabytes);
      for (const kind of ['text', 'html'] as const) {
        const file = join(dir, `joined-${megabytes}.${kind === 'text' ? 'txt' : 'html'}`);
        await writeFile(file, kind === 'text' ? text : asHtml(text));
        for (const command of commands) {
          const run = runs(command, file);
          const base = yardstick[command]!;
          const textMb = text.length / 1e6;
          points.push({
            command,
            kind,
            megabytes,
            textMegabytes: Number(textMb.toFixed(2)),
            peakRssMb: Math.round(run.peakRssMb),
            rssMbPerTextMb: Math.round((run.peakRssMb - base.peakRssMb) / textMb),
            seconds: Number(run.seconds.toFixed(1)),
            secondsPerMb: Number(((run.seconds - base.seconds) / textMb).toFixed(1)),
          });
        }
        await rm(file);
      }
    }
    return {
      yardstick,
      points,
      worstRssMbPerTextMb: Math.max(...points.map((p) => p.rssMbPerTextMb)),
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
