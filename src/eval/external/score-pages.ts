// Everyday web pages (../shared/eval/external/web-pages-dev): the saved pages analysed in one batch, as
// `triangulate analyze pages/*/source.html` does, then scored by the data set's own scorer (`score-pages.mjs`, read
// at run time): claims on pages that report no harm (noise), claims on the pages that do, and the page metadata
// (title, outlet, publication date) against what each page states.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import { externalPath, type ExternalOptions } from './external-data.js';

export interface PagesResult {
  readonly pages: number;
  /** The scorer's summary: `{"pages":65,"falseClaims":…,"harmClaims":…,"title":"62/63",…}`. */
  readonly summary: Record<string, unknown>;
  /** Claims on pages that report no harm, one per line (page, outcome/group, value, evidence). */
  readonly noise: readonly string[];
  readonly ms: number;
}

export async function scorePages(options: ExternalOptions = {}): Promise<PagesResult> {
  const t0 = performance.now();
  const root = externalPath(options, 'web-pages-dev');
  const pages = readdirSync(join(root, 'pages'))
    .sort()
    .map((p) => join(root, 'pages', p, 'source.html'))
    .filter((f) => existsSync(f));
  const chosen = options.limit === undefined ? pages : pages.slice(0, options.limit);
  const out = mkdtempSync(join(tmpdir(), 'triangulate-pages-'));
  try {
    const pred = join(out, 'pages.json');
    writeFileSync(pred, JSON.stringify(await analyze(chosen)));
    const lines = execFileSync(process.execPath, [join(root, 'score-pages.mjs'), root, pred, '--list'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    })
      .split('\n')
      .filter((l) => l.trim() !== '');
    const summary = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    return { pages: chosen.length, summary, noise: lines.slice(0, -1), ms: performance.now() - t0 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function formatPages(r: PagesResult): string {
  const s = r.summary;
  return [
    `Web pages (web-pages-dev, ${r.pages} saved pages in one batch; scorer: web-pages-dev/score-pages.mjs)`,
    `  claims on pages that report no harm ${String(s.falseClaims)}  (on harm pages ${String(s.harmClaims)})`,
    `  title ${String(s.title)}  outlet ${String(s.outlet)}  published ${String(s.published)}`,
    ...r.noise.map((l) => `  | ${l}`),
    `  time ${(r.ms / 1000).toFixed(1)} s`,
  ].join('\n');
}
