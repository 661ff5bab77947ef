// The `--db` option `ingest`, `export` and `serve` share, and the progress bar long ingests show.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    '--db <dir|url>',
    'the store: a directory (embedded, default ./.triangulate) or postgres://user@host/db; env TRIANGULATE_DB',
  );
}

/** Below this many documents an ingest is quick enough to need no bar. */
const PROGRESS_THRESHOLD = 10;

/**
 * A progress callback drawing a bar on stderr, or nothing when quiet or not a terminal. `total` null: the input is
 * a stream of unknown length, so the bar counts documents and appears once the ingest is long enough to need one.
 */
export function progressBar(
  total: number | null,
  quiet: boolean,
): { readonly update: (done: number) => void; readonly stop: () => void } {
  if (quiet || process.stderr.isTTY !== true || (total !== null && total < PROGRESS_THRESHOLD))
    return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        total === null
          ? 'ingest {value} documents stored · {duration_formatted}'
          : 'ingest [{bar}] {value}/{total} documents · {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done) => {
      if (!started && (total !== null || done >= PROGRESS_THRESHOLD)) {
        bar.start(total ?? 0, done);
        started = true;
      }
      if (started) bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
