// Where the external evaluation data lives, and the options every external scorer takes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TriangulateError } from '../../model/triangulate-error.js';

export interface ExternalOptions {
  /** Folder holding semeval2018-task5-gva/, gvdb-pavlick2016/, polnear-attribution/. */
  readonly dataDir?: string;
  /** Score only the first N items (incidents, articles). */
  readonly limit?: number;
  /** Keep one record per mismatch, with sentence snippets, in `result.errors`. */
  readonly errors?: boolean;
}

/** `dataDir`, else $TRIANGULATE_EXTERNAL_EVAL, else eval/external in $TRIANGULATE_SHARED or ../shared. */
export function externalPath(options: ExternalOptions, ...parts: string[]): string {
  const dir =
    options.dataDir ??
    process.env.TRIANGULATE_EXTERNAL_EVAL ??
    resolve(process.env.TRIANGULATE_SHARED ?? '../shared', 'eval', 'external');
  const path = resolve(dir, ...parts);
  if (!existsSync(path)) {
    throw new TriangulateError(
      'not_found',
      `external eval data not found: ${path} (pass dataDir or set TRIANGULATE_EXTERNAL_EVAL to the folder holding it)`,
    );
  }
  return path;
}

export function applyLimit<T>(items: readonly T[], limit: number | undefined): readonly T[] {
  return limit === undefined ? items : items.slice(0, Math.max(0, limit));
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
